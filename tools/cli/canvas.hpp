// The drawing surface shared by every mlsysim plot: a Cairo SVG or PNG surface chosen by the
// output file's extension, text and line helpers, and (SVG) a <title> and one <desc> line per
// data item so that screen readers and tests can read what Cairo draws as glyph outlines.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

namespace mlsysim::cli {

/// "10" with `e` as a superscript exponent (axis labels of log plots).
[[nodiscard]] std::string power_label(int e);

class Canvas {
 public:
  /// Creates a `w` x `h` surface for `path` (.png: an image written by finish(); else SVG).
  /// Throws mlsysim::Error when Cairo cannot create it.
  Canvas(const std::string& path, double w, double h);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  /// Writes the file (PNG), or completes it and adds the title and descriptions (SVG).
  void finish();
  void rgb(double r, double g, double b) { cairo_set_source_rgb(cr, r, g, b); }
  /// Text at (x, y); `align` 0 = left, 0.5 = centred, 1 = right; `angle` in radians.
  void text(double x, double y, const std::string& s, double size, double align = 0.0,
            bool bold = false, double angle = 0.0);
  void line(double x0, double y0, double x1, double y1);

  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  std::string path;
  bool png = false;
  std::string title;              ///< SVG <title> (none when empty)
  std::vector<std::string> desc;  ///< SVG <desc>, one line per data item

 private:
  void annotate() const;
};

}  // namespace mlsysim::cli
