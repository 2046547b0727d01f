# 60-actions rules
[list placeholder_actions]
placeholder
