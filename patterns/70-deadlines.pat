# 70-deadlines rules
[list placeholder_deadlines]
placeholder
