# 20-segment rules
[list placeholder_segment]
placeholder
