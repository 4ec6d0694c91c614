"""Walks a tagged PDF with pikepdf (Debian python3-pikepdf) and prints a JSON report.

Used by tests/clients/tagged-pdf.test.ts: an independent reader of the structure tree that checks
every marked-content id (MCID) drawn on a page is reachable from the StructTreeRoot, and back
through the ParentTree, and that nothing is drawn outside marked content.
"""
import json
import sys

import pikepdf


def walk_tree(pdf):
    """(page objgen, mcid) pairs reachable from the root, roles in order, and languages."""
    reached, roles, langs = [], [], []
    seen = set()

    def visit(node, page):
        if isinstance(node, int):
            reached.append((page, int(node)))
            return
        if not isinstance(node, pikepdf.Dictionary):
            if isinstance(node, pikepdf.Array):
                for kid in node:
                    visit(kid, page)
            return
        if node.get('/Type') == '/MCR':
            reached.append((node.Pg.objgen, int(node.MCID)))
            return
        if node.get('/Type') == '/OBJR':
            return
        if node.is_indirect:
            if node.objgen in seen:
                raise SystemExit('structure element reached twice: %r' % (node.objgen,))
            seen.add(node.objgen)
        if '/S' in node:
            roles.append(str(node.S)[1:])
            if '/Lang' in node:
                langs.append([str(node.S)[1:], str(node.Lang)])
        own_page = node.Pg.objgen if '/Pg' in node else page
        if '/K' in node:
            visit(node.K, own_page)

    visit(pdf.Root.StructTreeRoot.K, None)
    return reached, roles, langs


def walk_pages(pdf):
    """MCIDs in each page's content stream, and text drawn outside any marked content."""
    drawn, unmarked_text, bdc_without_mcid = [], 0, []
    for page in pdf.pages:
        depth = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ('BDC', 'BMC'):
                depth += 1
                tag = str(operands[0])[1:]
                props = operands[1] if op == 'BDC' else None
                if props is not None and '/MCID' in props:
                    drawn.append((page.obj.objgen, int(props.MCID)))
                elif tag != 'Artifact':
                    bdc_without_mcid.append(tag)
            elif op == 'EMC':
                depth -= 1
            elif op in ('Tj', 'TJ', "'", '"') and depth == 0:
                unmarked_text += 1
    return drawn, unmarked_text, bdc_without_mcid


def parent_tree_ok(pdf, drawn):
    """Every drawn MCID maps back, through the ParentTree, to an element that lists it."""
    tree = pikepdf.NumberTree(pdf.Root.StructTreeRoot.ParentTree)
    by_page = {}
    for objgen, mcid in drawn:
        by_page.setdefault(objgen, []).append(mcid)
    bad = []
    for page in pdf.pages:
        key = int(page.obj.StructParents)
        parents = tree[key]
        for mcid in by_page.get(page.obj.objgen, []):
            element = parents[mcid]
            kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
            ids = [int(k) for k in kids if isinstance(k, int)] + [int(k.MCID) for k in kids if isinstance(k, pikepdf.Dictionary) and '/MCID' in k]
            if mcid not in ids:
                bad.append([key, mcid])
    return bad


def main(path):
    pdf = pikepdf.open(path)
    reached, roles, langs = walk_tree(pdf)
    drawn, unmarked_text, bdc_without_mcid = walk_pages(pdf)
    meta = pdf.open_metadata()
    print(json.dumps({
        'marked': bool(pdf.Root.MarkInfo.Marked),
        'displayDocTitle': bool(pdf.Root.ViewerPreferences.DisplayDocTitle),
        'lang': str(pdf.Root.Lang),
        'pdfua': meta.get('{http://www.aiim.org/pdfua/ns/id/}part'),
        'drawn': len(drawn),
        'unreachable': [list(d) for d in set(drawn) - set(reached)],
        'dangling': [list(r) for r in set(reached) - set(drawn)],
        'duplicates': len(reached) - len(set(reached)),
        'unmarkedText': unmarked_text,
        'untaggedSequences': bdc_without_mcid,
        'parentTreeMismatches': parent_tree_ok(pdf, drawn),
        'roles': roles,
        'langs': langs,
    }))


if __name__ == '__main__':
    main(sys.argv[1])
