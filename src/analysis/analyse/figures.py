"""Is a figure readable? Texts that overprint each other or leave the canvas, found on
the drawn figure.

A figure can look right in code and still be unreadable: labels pile up as the data
grows, and what fits at one size overprints at another. `text_overlaps` draws the figure
(Agg) and compares the window extents of every text that drawing shows (tick labels,
annotations, titles, axis labels, legend texts), so a figure chooses its form, and a test
checks it, by what a reader would see. Extents are axis-aligned boxes: a rotated label
counts with its whole bounding box.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, insort
from collections.abc import Iterator

import numpy as np
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Annotation, Text
from matplotlib.ticker import NullLocator
from matplotlib.transforms import Bbox

TOLERANCE = 0.5  # pixels: boxes that only touch, or round onto the canvas edge, still fit
OUTSIDE = "outside the figure"


def text_overlaps(fig: Figure) -> list[tuple[str, str]]:
    """Pairs of overlapping visible texts of `fig`, and (text, "outside the figure") for a
    text crossing the canvas edge, in reading order along x; empty when readable."""
    return [(a.get_text(), OUTSIDE if b is None else b.get_text()) for a, b in overlapping_texts(fig)]


def overlapping_texts(fig: Figure) -> list[tuple[Text, Text | None]]:
    """`text_overlaps` with the Text artists themselves (None for the canvas edge), for a
    caller that must tell which texts collide, e.g. to thin its tick labels."""
    renderer = _drawn(fig)
    texts, boxes = [], []
    for text in dict.fromkeys(_shown_texts(fig)):
        box = _extent(text, renderer)
        if box is not None:
            texts.append(text)
            boxes.append(box)
    canvas = fig.bbox.padded(TOLERANCE)
    outside = [(text, None) for text, box in zip(texts, boxes) if not _inside(box, canvas)]
    pairs = [(texts[i], texts[j]) for i, j in _overlapping_pairs(boxes)]
    return outside + pairs


def _drawn(fig: Figure):
    """Draw `fig` with Agg (its own canvas when that is Agg) and return the renderer."""
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def _shown_texts(artist: Artist) -> Iterator[Text]:
    """The non-empty texts a draw shows: invisible artists are not descended into, and an
    axis shows only the labels of the ticks inside its view."""
    if not artist.get_visible():
        return
    if isinstance(artist, Axis):
        yield from _axis_texts(artist)
    elif isinstance(artist, Text):
        if artist.get_text().strip() and _annotation_shown(artist):
            yield artist
    else:
        for child in artist.get_children():
            yield from _shown_texts(child)


def _axis_texts(axis: Axis) -> Iterator[Text]:
    """An axis's label, offset text and tick labels, for the ticks drawing keeps."""
    if not axis.axes.axison:
        return
    yield from (t for t in (axis.label, axis.get_offset_text()) if t.get_visible() and t.get_text().strip())
    low, high = sorted(axis.get_transform().transform(axis.get_view_interval()))
    slack = 1e-10 * (high - low)
    for locator, locs, ticks in (
        (axis.get_major_locator(), axis.get_majorticklocs(), axis.get_major_ticks),
        (axis.get_minor_locator(), axis.get_minorticklocs(), axis.get_minor_ticks),
    ):
        if isinstance(locator, NullLocator) or not len(locs):
            continue
        spots = axis.get_transform().transform(np.asarray(locs, dtype=float))
        for tick, spot in zip(ticks(len(locs)), spots):
            if tick.get_visible() and low - slack <= spot <= high + slack:
                yield from (t for t in (tick.label1, tick.label2) if t.get_visible() and t.get_text().strip())


def _annotation_shown(text: Text) -> bool:
    """An annotation on a data point outside its axes is not drawn (matplotlib's default
    clipping); other annotation coordinates count as shown."""
    if not isinstance(text, Annotation) or text.axes is None or text.xycoords != "data":
        return True
    if text.get_annotation_clip() is False:
        return True
    ax = text.axes
    point = (ax.convert_xunits(text.xy[0]), ax.convert_yunits(text.xy[1]))  # dates and such to floats
    return bool(ax.contains_point(ax.transData.transform(point)))


def _extent(text: Text, renderer) -> Bbox | None:
    """The text's box in pixels, cut to its clip box when clipped; None if nothing shows."""
    box = text.get_window_extent(renderer)
    if not np.isfinite(box.get_points()).all():
        return None
    clip = text.get_clip_box() if text.get_clip_on() else None
    return box if clip is None else Bbox.intersection(box, clip)


def _inside(box: Bbox, canvas: Bbox) -> bool:
    return canvas.x0 <= box.x0 and box.x1 <= canvas.x1 and canvas.y0 <= box.y0 and box.y1 <= canvas.y1


def _overlapping_pairs(boxes: list[Bbox]) -> list[tuple[int, int]]:
    """Index pairs of boxes overlapping by more than TOLERANCE both ways: a sweep along x
    over the boxes open there, kept sorted by bottom edge, so a column of thousands of
    tick labels compares each label with its neighbours only."""
    tallest = max((box.height for box in boxes), default=0.0)
    open_boxes: list[tuple[float, int]] = []  # (y0, index), sorted
    ends: list[tuple[float, int]] = []  # heap of (x1, index) of the open boxes
    pairs = []
    for i in sorted(range(len(boxes)), key=lambda k: (boxes[k].x0, boxes[k].y0, k)):
        box = boxes[i]
        while ends and ends[0][0] <= box.x0 + TOLERANCE:
            _, j = heapq.heappop(ends)
            del open_boxes[bisect_left(open_boxes, (boxes[j].y0, j))]
        low = bisect_left(open_boxes, (box.y0 - tallest, -1))
        high = bisect_left(open_boxes, (box.y1 - TOLERANCE, -1))
        pairs += [(j, i) for _, j in open_boxes[low:high] if _overlap(boxes[j], box)]
        insort(open_boxes, (box.y0, i))
        heapq.heappush(ends, (box.x1, i))
    return pairs


def _overlap(a: Bbox, b: Bbox) -> bool:
    wide = min(a.x1, b.x1) - max(a.x0, b.x0)
    high = min(a.y1, b.y1) - max(a.y0, b.y0)
    return wide > TOLERANCE and high > TOLERANCE


def literal(text: str) -> str:
    """Page or manifest text as matplotlib draws it verbatim: a "$" would start mathtext
    (garbled, or an error on bad math such as "$\\foo$")."""
    return text.replace("$", r"\$")


def heat_map(matrix: pd.DataFrame, title: str, unit: str, figsize: tuple[float, float]) -> Figure:
    """A count matrix as coloured cells, each with its count, rows and columns labelled."""
    fig = Figure(figsize=figsize, layout="constrained")
    ax = fig.add_subplot()
    values = matrix.to_numpy()
    image = ax.imshow(values, cmap="Blues", vmin=0, vmax=max(1, values.max(initial=0)), aspect="auto")
    ax.set_xticks(range(len(matrix.columns)), [literal(str(c)) for c in matrix.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(matrix.index)), [literal(str(i)) for i in matrix.index])
    threshold = values.max() / 2 if values.size else 0
    for (i, j), value in np.ndenumerate(values):
        ax.text(j, i, f"{value:,}", ha="center", va="center", color="white" if value > threshold else "black")
    ax.set_title(title)
    fig.colorbar(image, ax=ax, label=unit)
    return fig
