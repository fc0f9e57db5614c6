"""Draws the Sentra Desk icon (a blue shield with a gold star over a desk line) as SVG, PNG and ICO.

Run `python resources/icons/make_icon.py` after changing the drawing; the three files are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
BLUE, DARK, GOLD, WHITE = "#1f4e9c", "#12305f", "#f2b705", "#ffffff"
# The drawing on a 256 x 256 grid: a shield, a five-pointed star, a desk bar.
SHIELD = [(128, 16), (226, 52), (218, 150), (128, 240), (38, 150), (30, 52)]
STAR = [
    (128, 60), (141, 100), (183, 100), (149, 124), (162, 164),
    (128, 140), (94, 164), (107, 124), (73, 100), (115, 100),
]  # fmt: skip
DESK = (92, 178, 164, 192)


def svg() -> str:
    def points(pts: list[tuple[int, int]]) -> str:
        return " ".join(f"{x},{y}" for x, y in pts)

    x0, y0, x1, y1 = DESK
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" height="256">\n'
        f'  <polygon points="{points(SHIELD)}" fill="{BLUE}" stroke="{DARK}" stroke-width="10" '
        'stroke-linejoin="round"/>\n'
        f'  <polygon points="{points(STAR)}" fill="{GOLD}"/>\n'
        f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="4" fill="{WHITE}"/>\n'
        "</svg>\n"
    )


def png(size: int = 256) -> Image.Image:
    scale = 4  # draw large, then shrink: smooth edges without an SVG renderer
    big = Image.new("RGBA", (256 * scale, 256 * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)

    def pts(p: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(x * scale, y * scale) for x, y in p]

    draw.polygon(pts(SHIELD), fill=BLUE, outline=DARK, width=10 * scale)
    draw.polygon(pts(STAR), fill=GOLD)
    x0, y0, x1, y1 = DESK
    draw.rounded_rectangle((x0 * scale, y0 * scale, x1 * scale, y1 * scale), radius=4 * scale, fill=WHITE)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    (HERE / "sentra.svg").write_text(svg(), encoding="utf-8")
    image = png(256)
    image.save(HERE / "sentra.png")
    image.save(
        HERE / "sentra.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    )


if __name__ == "__main__":
    main()
