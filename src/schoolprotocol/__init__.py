"""Build a school's protocol for online spread of unwanted images: site, PDFs, letters."""
