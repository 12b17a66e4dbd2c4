#!/usr/bin/env python3
# Lists the user-visible strings in src/ that are marked for translation and
# those that are not, and fails on the latter: a string that escapes gettext
# stays English in every language.
#
#   check-translatable.py SOURCE_ROOT
#
# What counts as user-visible:
#   - in .ui templates: the text of properties and menu attributes a person
#     reads or hears (label, title, tooltip, placeholder, description, ...);
#   - in C: string literals passed to the GTK, libadwaita and GLib calls that
#     put text in front of a person (labels, titles, toasts, dialogs, errors).
# A literal that is an identifier (a response id, a page name: lower case,
# no spaces) or holds no letters is not text for people.
import os
import re
import sys

UI_PROPERTIES = ('label', 'title', 'subtitle', 'tooltip-text', 'placeholder-text',
                 'description', 'text', 'heading', 'body', 'accelerator-title')
UI_PATTERN = re.compile(
    r'<(property|attribute) name="(%s)"([^>]*)>([^<]*)</\1>' % '|'.join(UI_PROPERTIES))

# (function, index of the text argument) for calls whose text a person sees
C_CALLS = {
    'gtk_label_new': 0, 'gtk_label_set_label': 1, 'gtk_label_set_text': 1,
    'gtk_label_set_markup': 1, 'gtk_button_set_label': 1,
    'gtk_widget_set_tooltip_text': 1, 'gtk_window_set_title': 1,
    'gtk_editable_set_text': 1, 'gtk_entry_set_placeholder_text': 1,
    'adw_toast_new': 0, 'adw_toast_set_title': 1, 'adw_toast_set_button_label': 1,
    'adw_window_title_set_title': 1, 'adw_window_title_set_subtitle': 1,
    'adw_preferences_row_set_title': 1, 'adw_action_row_set_subtitle': 1,
    'adw_preferences_group_set_title': 1, 'adw_preferences_group_set_description': 1,
    'adw_status_page_set_title': 1, 'adw_status_page_set_description': 1,
    'adw_message_dialog_new': 1, 'adw_message_dialog_set_body': 1,
    'adw_message_dialog_set_heading': 1, 'adw_message_dialog_add_response': 2,
    'gtk_application_inhibit': 3, 'gtk_scale_add_mark': 3,
    'g_set_error': 3, 'g_task_return_new_error': 3, 'g_task_report_new_error': 6,
    'notice': 1, 'toast': 1,
}
MARKERS = ('_', 'N_', 'C_', 'NC_', 'g_dngettext', 'ngettext', 'g_dpgettext2')
LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"')


def is_text_for_people(text):
    # printf directives (%s, %u, %g) are not words
    if not re.search(r'[A-Za-z]', re.sub(r'%[-0-9.]*[a-zA-Z]', '', text)):
        return False
    # identifiers: response ids, page and action names
    return bool(re.search(r'[ A-Z]', text)) and not re.fullmatch(r'[a-z0-9.-]+', text)


def split_args(call):
    """Splits the argument text of a call at top-level commas."""
    args, depth, start, i = [], 0, 0, 0
    while i < len(call):
        c = call[i]
        if c == '"':
            i = LITERAL.match(call, i).end()
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            if depth == 0:
                args.append(call[start:i])
                return args
            depth -= 1
        elif c == ',' and depth == 0:
            args.append(call[start:i])
            start = i + 1
        i += 1
    args.append(call[start:])
    return args


def check_c(path, text, marked, unmarked):
    for name, index in C_CALLS.items():
        for m in re.finditer(r'\b%s\s*\(' % name, text):
            args = split_args(text[m.end():])
            if index >= len(args):
                continue
            arg = args[index].strip()
            for lit in LITERAL.finditer(arg):
                value = lit.group()[1:-1]
                if not is_text_for_people(value):
                    continue
                # earlier literals (perhaps holding parentheses) do not count
                before = LITERAL.sub('""', arg[:lit.start()]).rstrip()
                line = text.count('\n', 0, m.start()) + 1
                if any(before.endswith(mk + ' (') or before.endswith(mk + '(') for mk in MARKERS) or \
                   re.search(r'\b(%s)\s*\([^()]*$' % '|'.join(MARKERS), before):
                    marked.append((path, line, value))
                else:
                    unmarked.append((path, line, value))


def check_ui(path, text, marked, unmarked):
    for m in UI_PATTERN.finditer(text):
        value = m.group(4).strip()
        if not is_text_for_people(value):
            continue
        line = text.count('\n', 0, m.start()) + 1
        (marked if 'translatable="yes"' in m.group(3) else unmarked).append((path, line, value))


def main():
    root = sys.argv[1]
    marked, unmarked = [], []
    for folder, _, files in os.walk(os.path.join(root, 'src')):
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if name.endswith('.c'):
                check_c(rel, open(path, encoding='utf-8').read(), marked, unmarked)
            elif name.endswith('.ui'):
                check_ui(rel, open(path, encoding='utf-8').read(), marked, unmarked)

    for path, line, value in unmarked:
        print('%s:%d: not marked for translation: "%s"' % (path, line, value[:70]))
    print('%d user-visible strings marked for translation, %d not' % (len(marked), len(unmarked)))
    return 1 if unmarked else 0


if __name__ == '__main__':
    sys.exit(main())
