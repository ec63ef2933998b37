#include "canvas.hpp"

#include <cairo-svg.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "mlsysim/errors.hpp"

namespace mlsysim::cli {
namespace {

std::string escape(const std::string& s) {
  std::string out;
  for (char ch : s) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

}  // namespace

std::string power_label(int e) {
  static const char* kSup[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                               "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string s = "10";
  if (e < 0) s += "\u207B";
  for (char c : std::to_string(std::abs(e))) s += kSup[c - '0'];
  return s;
}

Canvas::Canvas(const std::string& p, double w, double h) : path(p) {
  png = p.size() > 4 && p.substr(p.size() - 4) == ".png";
  surface = png ? cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(w),
                                             static_cast<int>(h))
                : cairo_svg_surface_create(p.c_str(), w, h);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    const std::string why = cairo_status_to_string(cairo_surface_status(surface));
    cairo_surface_destroy(surface);
    surface = nullptr;
    throw Error("cannot create plot '" + p + "': " + why);
  }
  cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
}

Canvas::~Canvas() {
  if (cr != nullptr) cairo_destroy(cr);
  if (surface != nullptr) cairo_surface_destroy(surface);
}

void Canvas::annotate() const {
  if (title.empty() && desc.empty()) return;
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string svg = ss.str();
  const auto open = svg.find("<svg");
  const auto end = open == std::string::npos ? open : svg.find('>', open);
  if (end == std::string::npos) throw Error("cannot annotate '" + path + "': no <svg> element");
  std::string meta = "\n<title>" + escape(title) + "</title>\n<desc>";
  for (const auto& d : desc) meta += escape(d) + "\n";
  meta += "</desc>";
  svg.insert(end + 1, meta);
  std::ofstream out(path, std::ios::trunc);
  out << svg;
  if (!out) throw Error("cannot write '" + path + "'");
}

void Canvas::finish() {
  cairo_surface_flush(surface);
  if (png) {
    if (cairo_surface_write_to_png(surface, path.c_str()) != CAIRO_STATUS_SUCCESS) {
      throw Error("cannot write '" + path + "'");
    }
  } else {
    cairo_surface_finish(surface);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
      throw Error("cannot write '" + path + "'");
    }
    annotate();
  }
}

void Canvas::text(double x, double y, const std::string& s, double size, double align, bool bold,
                  double angle) {
  cairo_save(cr);
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
  cairo_text_extents_t e;
  cairo_text_extents(cr, s.c_str(), &e);
  cairo_translate(cr, x, y);
  cairo_rotate(cr, angle);
  cairo_move_to(cr, -e.width * align - e.x_bearing, 0);
  cairo_show_text(cr, s.c_str());
  cairo_restore(cr);
}

void Canvas::line(double x0, double y0, double x1, double y1) {
  cairo_move_to(cr, x0, y0);
  cairo_line_to(cr, x1, y1);
  cairo_stroke(cr);
}

}  // namespace mlsysim::cli
