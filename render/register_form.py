"""The printed blank form for collecting an operator's data for the register (File → Print, Export PDF, and
``register FILE --blank-form -o form.pdf``): the items of render.items, from model.register.form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.register.form import SECTIONS, FormText
from model.register.tailings import builtin_method
from model.report.sections import join

from render.pagination import Block

if TYPE_CHECKING:
    from render.forms import Printout
    from render.items import Item


def form_blocks(builder: Printout) -> list[Block]:
    """The form's blocks for render.printing.render (``builder``: a render.forms.Printout: context, report, width)."""
    from render import items as pr

    c, report, width = builder.c, builder.r, builder.w
    text = FormText(report.langs)

    def words(key: str) -> str:
        return join(text.label(key))

    def line(label: str, line_width: float, x: float = 0.0, share: float = 0.45) -> list[tuple[float, Item]]:
        """A label on the left and a ruled line to write on beside it, the text sitting on the line."""
        gap = c.mm(7.5)
        label_w = min(c.mm(62), line_width * share)
        para = c.para(label, c.small, label_w - c.mm(2), colour=pr.GREY)
        offset = max(0.0, gap - para.height - c.mm(0.6))
        return [(x, pr.Stack([pr.Spacer(offset), para])),
                (x + label_w, pr.RuledLines(c, 1, line_width - label_w, spacing_mm=7.5))]

    def ticks(labels: list[str], lead: str = "") -> pr.Item:
        """Tick boxes, two or three to a line (two when one of them is long)."""
        first = c.para("Ag", c.body, c.mm(20)).first_line
        per_row = 2 if max((len(x) for x in labels), default=0) > 26 else 3
        column = width / per_row
        rows: list[Item] = []
        for start in range(0, len(labels), per_row):
            cells: list[tuple[float, Item]] = []
            for index, name in enumerate(labels[start:start + per_row]):
                box = pr.TickBox(c, first)
                x = index * column
                cells += [(x, box), (x + box.size + c.mm(1.5), c.para(name, c.body, column - box.size - c.mm(3)))]
            rows.append(pr.Stack([pr.Row(cells), pr.Spacer(c.mm(1.2))]))
        items: list[pr.Item] = [c.para(lead, c.small_bold, width, colour=pr.HEADING)] if lead else []
        return pr.Stack([pr.Spacer(c.mm(2)), *items, pr.Spacer(c.mm(1)), *rows])

    blocks: list[Block] = []
    title = builder.document_title(list(text.label("form_title")), list(text.label("form_subtitle")))
    title.append(c.para(join(text.label("form_hint"), "\n"), c.body_italic, width, colour=pr.GREY,
                        space_after=c.mm(1)))
    blocks.append(Block(title, area=""))
    half = (width - c.mm(8)) / 2
    for section, rows in SECTIONS:
        items: list[pr.Item] = []
        for kind, what in rows:
            if kind == "line":
                items.append(pr.Row(line(words(str(what)), width)))
            elif kind == "lines":
                items.append(pr.Stack([pr.Row(line(words(str(what)), width)),
                                       pr.RuledLines(c, 2, width, spacing_mm=7.5)]))
            elif kind == "pair" and isinstance(what, tuple):
                left, right = (str(part) for part in what)
                items.append(pr.Row(line(words(left), half, share=0.58)
                                    + line(words(right), half, half + c.mm(8), share=0.58)))
            elif kind == "choice":
                items.append(ticks([join(names) for _key, names in text.choices(str(what))], words(str(what))))
            elif kind == "flags" and isinstance(what, tuple):
                items.append(ticks([words(str(flag)) for flag in what], words("exposed")))
            elif kind == "table":
                items.append(c.para(words("substances_hint"), c.small, width, colour=pr.GREY, space_after=c.mm(1.5)))
                headers = [words(k) for k in ("number", "substance", "cas", "entry", "form", "quantity")]
                count = what if isinstance(what, int) else 0  # (SECTIONS: the number of empty rows)
                empty = [[str(n)] + [""] * 5 for n in range(1, count + 1)]
                table = builder.table(headers, empty, [1.0, 6.0, 2.6, 4.4, 3.0, 3.0])
                forms = ", ".join(join(names) for _key, names in text.choices("form"))
                heading = builder.heading(words(section))
                blocks += [heading, table, Block([c.para(f"{words('form')}: {forms}", c.small, width,
                                                            colour=pr.GREY), pr.Spacer(c.mm(3))])]
                items = []
            elif kind == "tailings":
                method = builtin_method()
                for parameter in method.parameters.values():
                    name = join(tuple(parameter.name.text(lang) for lang in report.langs))
                    if parameter.unit:
                        name = f"{name}, {parameter.unit}"
                    if parameter.kind == "choice":
                        items.append(ticks([join(tuple(n.text(lang) for lang in report.langs))
                                            for _key, n in parameter.choices], name))
                    else:
                        items.append(pr.Row(line(name, width)))
        if items:
            heading = builder.heading(words(section))
            blocks += [heading, Block(items + [pr.Spacer(c.mm(3))], keep=False)]
    signature: list[Item] = [pr.Spacer(c.mm(4))]
    quarter = (width - 3 * c.mm(5)) / 4
    for key in ("filled_by", "received_by"):
        signature.append(c.para(words(key), c.body_bold, width))
        signature.append(pr.Row([(n * (quarter + c.mm(5)), builder.field_line(k, quarter))
                                 for n, k in enumerate(("name", "position", "date", "signature"))]))
        signature.append(pr.Spacer(c.mm(3)))
    blocks.append(Block(signature, area="", keep=True))
    return blocks
