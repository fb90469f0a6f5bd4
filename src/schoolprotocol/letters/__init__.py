"""Ready-to-use letters, statements and conversation guides, as pages and as Word files.

The texts are content (`content/personeel/*.md`, pages of the staff site; see
`pages.py` for who reads each). `step` reads each page as the staff site built
it and `document` turns it into a Word file. Kept free of imports here, because the page context
(`context.py`) uses `blanks` and must not pull in the rest.
"""
