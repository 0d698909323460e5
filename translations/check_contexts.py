#!/usr/bin/env python3
"""ctest translation_contexts: every context in the committed .ts must be one the program asks for at run time.

lupdate names a message's context after the class or namespace that encloses the tr() call, while the program looks
a message up under the context its code passes to QCoreApplication::translate. The product's translator falls back
from "qf::x::Service" to "qf::x", but a context named after a helper class in a .cpp ("qf::archive::Reading") is
never asked for: such messages are translated in the .ts file and still shown in English. This check is stricter
than the fallback: a context counts as asked for only when the sources name it in translate("..."),
QT_TRANSLATE_NOOP("...") or Q_DECLARE_TR_FUNCTIONS(...), or when it is a Q_OBJECT class, so every message says
exactly where it is looked up.

Usage: check_contexts.py TS_FILE SOURCE_DIR...
"""
import os
import re
import sys


def source_text(dirs):
    for top in dirs:
        for root, _, files in os.walk(top):
            for name in files:
                if name.endswith((".cpp", ".h")):
                    with open(os.path.join(root, name), encoding="utf-8") as handle:
                        yield handle.read()


def asked_for(dirs):
    explicit = set()
    qobject_classes = set()
    for text in source_text(dirs):
        explicit.update(re.findall(r'\btranslate\(\s*"([^"]+)"', text))
        explicit.update(re.findall(r'\bQT_TRANSLATE_NOOP3?\(\s*"([^"]+)"', text))
        explicit.update(re.findall(r"\bQ_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)", text))
        qobject_classes.update(re.findall(r"\bclass\s+(?:\w+\s+)?(\w+)[^;{]*\{\s*Q_OBJECT\b", text))
    return explicit, qobject_classes


def main():
    ts_path, dirs = sys.argv[1], sys.argv[2:]
    with open(ts_path, encoding="utf-8") as handle:
        contexts = re.findall(r"<context>\s*<name>([^<]+)</name>(.*?)</context>", handle.read(), re.S)
    explicit, qobject_classes = asked_for(dirs)
    lost = [(name, body.count("<message")) for name, body in contexts
            if name not in explicit and name.split("::")[-1] not in qobject_classes]
    for name, count in lost:
        print(f"context {name}: {count} messages that the program never looks up (tr() outside its class? "
              f"use a struct with Q_DECLARE_TR_FUNCTIONS)")
    print(f"{len(contexts)} contexts checked, {len(lost)} never looked up")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
