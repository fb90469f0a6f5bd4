"""Ready-to-use letters, statements and conversation guides, as pages and as Word files.

The texts are content (`content/personeel/*.md`, Markdown with the same Jinja
context as every page). `templates` renders them without MkDocs, `document`
turns the result into a Word file, `step` writes the public and the staff
versions during a build. Kept free of imports here, because the page context
(`context.py`) uses `blanks` and must not pull in the rest.
"""
