# 50-roles rules
[list placeholder_roles]
placeholder
