#!/usr/bin/env python3
"""Writes the malformed/ fixtures (some are binary, so they are generated rather than typed).

Run from this folder: python3 make_malformed.py. The 20 MB file is not here: MalformedInputTest writes it
into a temporary copy at test time.
"""
import codecs
import os

OUT = 'malformed'
TEXT = 'The mayor opened the new library on Friday.\n\nIt has \u201cmore books than ever\u201d, she said. Caf\u00e9 prices: 2 \u20ac.\n'


def write(path, data):
    path = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


# good files beside the bad ones
write('good.txt', TEXT)
write('good.html', '<html><head><meta property="og:site_name" content="Town Crier"></head>'
      '<body><article><p>The mayor opened the library.</p></article></body></html>')
write('good.json', '{"title": "Library opens", "maintext": "The mayor opened the library.", '
      '"date_publish": "2020-02-03 09:00:00", "source_domain": "towncrier.example"}')

# nothing in them
write('empty.txt', b'')
write('blank.txt', b'  \n\t \r\n')
# binary, whatever the name says
write('png-named.txt', bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(range(256)))
write('pdf-named.html', b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')
write('word-named.txt', b'PK\x03\x04\x14\x00\x06\x00\x08\x00' + b'[Content_Types].xml' + bytes(40))
write('nul-byte.txt', b'First line.\nSecond\x00 line.\n')
write('control-noise.txt', bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 20 + b'a few letters')
# encodings that are not UTF-8
write('invalid-utf8.txt', b'Good line.\nBad byte here: \xff end.\n')
write('windows-1252.txt', TEXT.encode('cp1252'))
write('utf16le-nobom.txt', TEXT.encode('utf-16-le'))
write('utf16be-nobom.txt', TEXT.encode('utf-16-be'))
# HTML that is cut off, or has no article
write('unclosed.html', '<html><head><title>Cut off</title></head><body><div><article><p>First paragraph.'
      '<p>Second paragraph that is cut o')
write('no-article.html', '<html><body><div>Just a line of text in a div.</div>')
write('furniture-only.html', '<html><body><nav>Home | News</nav><footer>Contact</footer></body></html>')
# JSON that is not a news-please article
write('broken.json', '{\n  "title": "Broken",\n  "maintext": "Text"\n  "url": "https://x.example"\n}\n')
write('array.json', '[{"maintext": "one"}, {"maintext": "two"}]')
# not an article format at all
write('notes.docx', b'PK\x03\x04' + bytes(30))

# a manifest with a syntax error (a missing comma after line 2's entry): ignored, its folder still loads
write('manifest-syntax/corpus.json',
      '{ "articles": [\n'
      '    {"file": "a.txt", "outlet": "Alpha"}\n'
      '    {"file": "b.txt", "outlet": "Beta"}\n'
      '] }\n')
write('manifest-syntax/a.txt', 'Article a.')
write('manifest-syntax/b.txt', 'Article b.')

# a manifest naming files outside its folder, and other mistakes: each a warning, the rest applies
write('manifest-outside/corpus.json',
      '{\n'
      '  "articles": [\n'
      '    {"file": "../good.txt", "outlet": "Escaper"},\n'
      '    {"file": "/etc/passwd"},\n'
      '    {"file": "inside.txt", "outlet": "Inside News", "published": "21/10/2015"},\n'
      '    {"file": "missing.txt"},\n'
      '    {"outlet": "No File"},\n'
      '    {"file": "inside.txt", "outlet": "Twice"},\n'
      '    {"file": "slides.pdf"},\n'
      '    {"file": "other.txt", "published": "2015-10-21T08:30:00+03:00", "autor": "typo"}\n'
      '  ]\n'
      '}\n')
write('manifest-outside/inside.txt', 'Inside the folder.')
write('manifest-outside/other.txt', 'Another one.')
