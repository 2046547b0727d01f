# 40-bodies rules
[list placeholder_bodies]
placeholder
