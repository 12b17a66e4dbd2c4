#!/usr/bin/env python3
# check-layers.py SOURCE-ROOT
#
# Checks the rules that keep Strongback's core shareable between the window
# and code without a display (README, "Layout"):
# - each layer of src/ includes only itself and the layers before it:
#   model <- storage <- workout <- media <- ui;
# - nothing below src/ui/ includes GTK or libadwaita (media may use GDK's
#   paintable through gdk/gdk.h only);
# - every C file under src/ui/ stays below 800 lines;
# - every .c file in src/ and tests/ sets G_LOG_DOMAIN.
# Prints each breach and exits 1 if there is one.

import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.')
SRC = ROOT / 'src'
LAYERS = ['model', 'storage', 'workout', 'media', 'ui']
TOOLKITS = ('gtk/', 'adwaita.h')
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)

problems = []

for layer_index, layer in enumerate(LAYERS):
    for path in sorted((SRC / layer).glob('*.[ch]')):
        text = path.read_text(encoding='utf-8')
        for header in INCLUDE.findall(text):
            top = header.split('/')[0]
            if top in LAYERS and LAYERS.index(top) > layer_index:
                problems.append(f'{path.relative_to(ROOT)}: {layer}/ includes “{header}” from a later layer')
            if layer != 'ui' and header.startswith(TOOLKITS):
                problems.append(f'{path.relative_to(ROOT)}: {layer}/ includes the toolkit (“{header}”)')
        if layer == 'ui' and path.suffix == '.c':
            lines = text.count('\n')
            if lines >= 800:
                problems.append(f'{path.relative_to(ROOT)}: {lines} lines; a file under src/ui/ stays below 800')

for path in sorted(list(SRC.rglob('*.c')) + list((ROOT / 'tests').rglob('*.c')) +
                   list((ROOT / 'build-aux').rglob('*.c'))):
    if not re.search(r'^#define G_LOG_DOMAIN ', path.read_text(encoding='utf-8'), re.M):
        problems.append(f'{path.relative_to(ROOT)}: does not set G_LOG_DOMAIN')

for problem in problems:
    print(problem)
if problems:
    sys.exit(1)
print('the layers, the toolkit, file sizes and log domains are as the README says')
