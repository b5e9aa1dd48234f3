#!/usr/bin/env python3
"""Lays the shared benchmark corpus out three times, from ../shared/bench/gen-corpus.py's output:

  OUT/faqsite/  a faqsite site: site.yml, content/faq/<category>/_category.yml + <slug>.md (YAML front matter)
  OUT/stock/    a stock JBake 2.7.0 site: jbake.properties, content/faq/<category>/<slug>.md with JBake's own
                key=value header (stock JBake cannot read YAML front matter), templates/ from bench/stock-templates
  OUT/hugo/     a Hugo site: hugo.toml, content/faq/<category>/_index.md (title, weight) + <slug>.md (title, weight,
                description), layouts/ from bench/hugo-layouts, the faqsite assets as static/assets

Usage: prepare-corpus.py CORPUS OUT
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def front_matter(text):
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    fields = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = json.loads(value)
        fields[key.strip()] = value
    return fields, text[match.end():]


def main(corpus, out):
    faqsite = os.path.join(out, "faqsite")
    stock = os.path.join(out, "stock")
    hugo = os.path.join(out, "hugo")
    for folder in (faqsite, stock, hugo):
        shutil.rmtree(folder, ignore_errors=True)
    with open(os.path.join(corpus, "categories.json")) as f:
        categories = json.load(f)
    os.makedirs(faqsite)
    with open(os.path.join(faqsite, "site.yml"), "w") as f:
        f.write('name: "Benchmark Docs"\nbase_url: "https://bench.example.test"\n'
                'navbar:\n  links:\n    - { label: "Home", href: "/" }\n'
                'footer:\n  copyright: "Copyright 2026 Benchmark"\n')
    for c in categories:
        d = os.path.join(faqsite, "content", "faq", c["slug"])
        os.makedirs(d)
        with open(os.path.join(d, "_category.yml"), "w") as f:
            f.write('label: %s\nposition: %d\n' % (json.dumps(c["label"]), c["order"]))
        os.makedirs(os.path.join(stock, "content", "faq", c["slug"]))
        write_hugo_page(os.path.join(hugo, "content", "faq", c["slug"], "_index.md"), c["label"], c["order"])
    docs = os.path.join(corpus, "docs")
    for category in sorted(os.listdir(docs)):
        for name in sorted(os.listdir(os.path.join(docs, category))):
            with open(os.path.join(docs, category, name)) as f:
                fields, body = front_matter(f.read())
            with open(os.path.join(faqsite, "content", "faq", category, name), "w") as f:
                f.write("---\ntitle: %s\norder: %s\ndescription: %s\n---\n%s"
                        % (json.dumps(fields["title"]), fields["order"], json.dumps(fields["description"]), body))
            with open(os.path.join(stock, "content", "faq", category, name), "w") as f:
                f.write("title=%s\ntype=faq\nstatus=published\norder=%s\ncategory=%s\ndescription=%s\n~~~~~~\n%s"
                        % (fields["title"], fields["order"], category, fields["description"], body))
            write_hugo_page(os.path.join(hugo, "content", "faq", category, name), fields["title"], fields["order"],
                            fields["description"], body)
    shutil.copytree(os.path.join(HERE, "stock-templates"), os.path.join(stock, "templates"))
    shutil.copytree(os.path.join(HERE, "..", "templates", "assets"), os.path.join(stock, "assets"))
    with open(os.path.join(stock, "jbake.properties"), "w") as f:
        f.write("template.faq.file=question.ftl\nrender.index=false\nrender.feed=false\nrender.archive=false\n"
                "render.tags=false\nrender.sitemap=false\nrender.error404=false\ndb.store=memory\n"
                "markdown.extensions=TABLES,STRIKETHROUGH,AUTOLINKS,TASKLISTITEMS\n")
    lay_out_hugo(hugo)


def write_hugo_page(path, title, weight, description=None, body=""):
    """A Hugo content file: YAML front matter (weight orders pages as faqsite's order/position does), then the body."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = ["---", "title: %s" % json.dumps(title), "weight: %s" % weight]
    if description is not None:
        lines.append("description: %s" % json.dumps(description))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n---\n" + body)


def lay_out_hugo(hugo):
    """The Hugo site's own files: config, the FAQ and search pages, layouts and the faqsite assets."""
    write_hugo_page(os.path.join(hugo, "content", "faq", "_index.md"), "Frequently asked questions", 1)
    with open(os.path.join(hugo, "content", "search.md"), "w") as f:
        f.write('---\ntitle: "Search"\nlayout: search\nurl: /search/\n---\n')
    with open(os.path.join(hugo, "hugo.toml"), "w") as f:
        # No taxonomies or feeds (faqsite writes neither); _sidebar.html per category as faqsite's sidebar fragments;
        # ## and ### in the table of contents, as faqsite's "On this page".
        f.write('baseURL = "https://bench.example.test/"\nlanguageCode = "en"\ntitle = "Benchmark Docs"\n'
                'copyright = "Copyright 2026 Benchmark"\ndisableKinds = ["taxonomy", "term", "RSS"]\n'
                'enableRobotsTXT = true\n\n[[menus.main]]\nname = "Home"\nurl = "/"\n\n'
                '[markup.tableOfContents]\nstartLevel = 2\nendLevel = 3\n\n'
                '[outputFormats.sidebar]\nmediaType = "text/html"\nbaseName = "_sidebar"\nnotAlternative = true\n\n'
                '[outputs]\nsection = ["html", "sidebar"]\n')
    shutil.copytree(os.path.join(HERE, "hugo-layouts"), os.path.join(hugo, "layouts"))
    shutil.copytree(os.path.join(HERE, "..", "templates", "assets"), os.path.join(hugo, "static", "assets"))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
