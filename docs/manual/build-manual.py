#!/usr/bin/env python3
"""Builds the user manual into offline HTML.

Usage: build-manual.py SOURCE_DIR OUT_DIR

Each language folder (zh_CN, en) holds Markdown pages; index.md is the table of contents. Every page becomes
OUT_DIR/<lang>/<page>.html, and the screenshots of that language are copied to OUT_DIR/<lang>/screenshots/.
Only the Markdown the manual uses is understood: headings, paragraphs, bullet and numbered lists, tables, images,
links, **bold** and `code`.
"""
import html
import pathlib
import re
import shutil
import sys

LANGUAGES = {"zh_CN": ("zh-CN", "清风办案工作台 用户手册"), "en": ("en", "Qingfeng Case Workbench — User Manual")}

STYLE = """
body { font-family: "Noto Sans CJK SC", "Noto Sans", sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
       line-height: 1.6; color: #222; }
header { border-bottom: 2px solid #1f7a6d; margin-bottom: 1.5em; }
header a { color: #1f7a6d; text-decoration: none; }
h1, h2, h3 { color: #0e4a43; }
figure { margin: 1em 0; }
figure img { max-width: 100%; border: 1px solid #bbb; }
figcaption { color: #555; font-size: 0.9em; }
table { border-collapse: collapse; }
td, th { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: left; }
code { background: #f2f2f2; padding: 0 0.2em; }
"""


def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", text)

    def link(match):
        target = match.group(2)
        if target.endswith(".md"):
            target = target[:-3] + ".html"
        return '<a href="%s">%s</a>' % (html.escape(target), match.group(1))

    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", link, text)


def convert(markdown):
    out, paragraph, list_kind, table = [], [], None, []

    def flush():
        nonlocal list_kind, table
        if paragraph:
            out.append("<p>%s</p>" % inline(" ".join(paragraph)))
            paragraph.clear()
        if list_kind:
            out.append("</%s>" % list_kind)
            list_kind = None
        if table:
            rows = [row for row in table if not re.fullmatch(r"\|[\s:|-]+\|", row)]
            out.append("<table>")
            for number, row in enumerate(rows):
                cell = "th" if number == 0 else "td"
                cells = [c.strip() for c in row.strip("|").split("|")]
                out.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (cell, inline(c), cell) for c in cells))
            out.append("</table>")
            table = []

    for line in markdown.splitlines():
        stripped = line.strip()
        heading = re.match(r"(#{1,3}) (.*)", stripped)
        image = re.fullmatch(r"!\[([^\]]*)\]\(([^)]+)\)", stripped)
        bullet = re.match(r"[-*] (.*)", stripped)
        numbered = re.match(r"\d+\. (.*)", stripped)
        if not stripped:
            flush()
        elif heading:
            flush()
            level = len(heading.group(1))
            out.append("<h%d>%s</h%d>" % (level, inline(heading.group(2)), level))
        elif image:
            flush()
            alt = html.escape(image.group(1))
            out.append('<figure><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>'
                       % (html.escape(image.group(2)), alt, alt))
        elif stripped.startswith("|"):
            if paragraph or list_kind:
                flush()
            table.append(stripped)
        elif bullet or numbered:
            kind = "ul" if bullet else "ol"
            if paragraph or table or (list_kind and list_kind != kind):
                flush()
            if not list_kind:
                out.append("<%s>" % kind)
                list_kind = kind
            out.append("<li>%s</li>" % inline((bullet or numbered).group(1)))
        elif list_kind and line.startswith("  "):
            out[-1] = out[-1][:-5] + " " + inline(stripped) + "</li>"
        else:
            if list_kind or table:
                flush()
            paragraph.append(stripped)
    flush()
    return "\n".join(out)


def build(source, target):
    for language, (tag, title) in LANGUAGES.items():
        pages = sorted((source / language).glob("*.md"))
        if not pages:
            sys.exit("build-manual: no pages in %s" % (source / language))
        destination = target / language
        destination.mkdir(parents=True, exist_ok=True)
        for page in pages:
            body = convert(page.read_text(encoding="utf-8"))
            first = re.search(r"<h1>(.*?)</h1>", body)
            page_title = re.sub(r"<[^>]+>", "", first.group(1)) if first else title
            (destination / (page.stem + ".html")).write_text(
                '<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s — %s</title>\n'
                "<style>%s</style>\n</head>\n<body>\n<header><p><a href=\"index.html\">%s</a></p></header>\n"
                "%s\n</body>\n</html>\n" % (tag, html.escape(page_title), html.escape(title), STYLE,
                                            html.escape(title), body), encoding="utf-8")
        shots = source / "screenshots" / language
        if shots.is_dir():
            if (destination / "screenshots").exists():
                shutil.rmtree(destination / "screenshots")
            shutil.copytree(shots, destination / "screenshots")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    build(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]))
