# 30-header rules
[list placeholder_header]
placeholder
