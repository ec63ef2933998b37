// Unit expression parser, the process-wide unit cache, canonical display units, suggestions.
#include "mlsysim/units/unit.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "../util/text.hpp"
#include "mlsysim/errors.hpp"
#include "units_internal.hpp"
#include "vocabulary.hpp"

namespace mlsysim {
namespace units_detail {
namespace {

struct Scaled {
  double scale = 1.0;
  Dimension dimension{};
};

bool is_atom_start(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalpha(u) != 0 || c == '_' || c == '$' || c == '%' || u >= 0x80;
}
bool is_atom_char(char c) {
  return is_atom_start(c) || std::isdigit(static_cast<unsigned char>(c)) != 0;
}

}  // namespace

const Atom* find_atom(std::string_view symbol) {
  for (const Atom& a : atoms()) {
    if (a.symbol == symbol) return &a;
  }
  return nullptr;
}

namespace {

class Parser {
 public:
  Parser(std::string_view text, std::string_view whole) : text_(text), whole_(whole) {}

  Scaled parse() {
    skip_space();
    if (pos_ == text_.size()) fail("", "empty unit");
    if (text_.size() > kMaxUnitLength) {
      fail("", "unit expression is longer than " + std::to_string(kMaxUnitLength) + " characters");
    }
    Scaled result = expression();
    skip_space();
    if (pos_ != text_.size()) {
      if (text_[pos_] == ')') fail(")", "unbalanced ')'");
      fail(std::string(1, text_[pos_]), "unexpected '" + std::string(1, text_[pos_]) + "'");
    }
    return result;
  }

 private:
  [[noreturn]] void fail(std::string token, std::string problem, std::string suggestion = {}) {
    throw UnitParseError(std::string(whole_), std::move(token), std::move(problem),
                         std::move(suggestion));
  }

  void skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }

  Scaled expression() {
    Scaled acc = term();
    for (;;) {
      skip_space();
      if (pos_ == text_.size() || text_[pos_] == ')') return acc;
      const char c = text_[pos_];
      if (c == '/' || (c == '*' && !starts_with_power())) {
        ++pos_;
        const Scaled rhs = term_after(std::string(1, c));
        combine(acc, rhs, c == '/');
      } else if (is_atom_start(c) || c == '(') {  // implicit product: "kW h"
        const Scaled rhs = term();
        combine(acc, rhs, false);
      } else {
        fail(std::string(1, c), "unexpected '" + std::string(1, c) + "'");
      }
    }
  }

  // acc *= rhs (or /= rhs), refusing exponents beyond kMaxDimensionExponent and scales that
  // overflow to infinity or underflow to zero or a subnormal.
  void combine(Scaled& acc, const Scaled& rhs, bool divide) {
    try {
      acc.dimension = divide ? acc.dimension / rhs.dimension : acc.dimension * rhs.dimension;
    } catch (const InvalidArgumentError& e) {
      fail("", exponent_problem(e));
    }
    acc.scale = divide ? acc.scale / rhs.scale : acc.scale * rhs.scale;
    check_scale(acc.scale);
  }

  static std::string exponent_problem(const InvalidArgumentError& e) {
    // "invalid argument 'dimension': exponent ..." -> "dimension exponent ..."
    std::string what = e.what();
    const auto colon = what.find(": ");
    return "dimension " + (colon == std::string::npos ? what : what.substr(colon + 2));
  }

  void check_scale(double scale) {
    if (!std::isnormal(scale)) {
      fail("", std::isinf(scale) || std::isnan(scale) ? "unit scale overflows a double"
                                                      : "unit scale underflows a double");
    }
  }

  bool starts_with_power() const {
    return pos_ + 1 < text_.size() && text_[pos_] == '*' && text_[pos_ + 1] == '*';
  }

  Scaled term_after(const std::string& op) {
    skip_space();
    if (pos_ == text_.size() ||
        !(is_atom_start(text_[pos_]) || text_[pos_] == '(' || text_[pos_] == '1')) {
      fail(op, "expected a unit after '" + op + "'");
    }
    return term();
  }

  Scaled term() {
    Scaled base = factor();
    skip_space();
    std::string op;
    if (pos_ < text_.size() && text_[pos_] == '^') {
      op = "^";
      pos_ += 1;
    } else if (starts_with_power()) {
      op = "**";
      pos_ += 2;
    } else {
      return base;
    }
    skip_space();
    const std::size_t start = pos_;
    if (pos_ < text_.size() && (text_[pos_] == '-' || text_[pos_] == '+')) ++pos_;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_])) != 0) {
      ++pos_;
    }
    const std::string digits(text_.substr(start, pos_ - start));
    if (digits.empty() || digits == "-" || digits == "+") {
      fail(op, "expected an integer exponent after '" + op + "'");
    }
    int power = 0;
    const char* first = digits.data() + (digits.front() == '+' ? 1 : 0);
    const auto [end, ec] = std::from_chars(first, digits.data() + digits.size(), power);
    if (ec != std::errc() || end != digits.data() + digits.size() ||
        power < -kMaxDimensionExponent || power > kMaxDimensionExponent) {
      fail(digits, "exponent '" + digits + "' is out of range");
    }
    try {
      base.dimension = base.dimension.pow(power);
    } catch (const InvalidArgumentError& e) {
      fail(digits, exponent_problem(e));
    }
    base.scale = std::pow(base.scale, power);
    check_scale(base.scale);
    return base;
  }

  Scaled factor() {
    skip_space();
    if (pos_ == text_.size()) fail("", "unexpected end of unit");
    const char c = text_[pos_];
    if (c == '(') {
      if (++depth_ > kMaxUnitNesting) {
        fail("(", "parentheses nested deeper than " + std::to_string(kMaxUnitNesting) + " levels");
      }
      ++pos_;
      Scaled inner = expression();
      skip_space();
      if (pos_ == text_.size() || text_[pos_] != ')') fail("(", "missing ')'");
      ++pos_;
      --depth_;
      return inner;
    }
    if (c == '1' && (pos_ + 1 == text_.size() || !is_atom_char(text_[pos_ + 1]))) {
      ++pos_;
      return {};
    }
    if (!is_atom_start(c)) fail(std::string(1, c), "unexpected '" + std::string(1, c) + "'");
    const std::size_t start = pos_;
    while (pos_ < text_.size() && is_atom_char(text_[pos_])) ++pos_;
    return atom(text_.substr(start, pos_ - start));
  }

  Scaled atom(std::string_view token) {
    if (const auto resolved = resolve_atom(token)) return {resolved->first, resolved->second};
    const std::string low = util::lower(token);
    if (low.size() >= 5 && low.ends_with("flops")) {
      const std::string stem(token.substr(0, token.size() - 5));
      fail(std::string(token), "ambiguous unit '" + std::string(token) + "': write '" + stem +
                                   "FLOP' for an amount or '" + stem + "FLOP/s' for a rate");
    }
    fail(std::string(token), "unknown unit '" + std::string(token) + "'", suggest_unit(token));
  }

  std::string_view text_;
  std::string_view whole_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

std::optional<std::pair<double, Dimension>> resolve_atom(std::string_view token) {
  if (const Atom* a = find_atom(token)) return std::pair{a->scale, a->dimension};
  for (const Prefix& p : prefixes()) {
    if (token.size() <= p.symbol.size() || !token.starts_with(p.symbol)) continue;
    const Atom* a = find_atom(token.substr(p.symbol.size()));
    if (a == nullptr || a->prefixes == Prefixes::none) continue;
    if (p.binary && a->prefixes != Prefixes::si_and_binary) continue;
    return std::pair{p.factor * a->scale, a->dimension};
  }
  return std::nullopt;
}

std::string suggest_unit(std::string_view token) {
  // "TBps" -> "TB/s": a valid stem written with a "ps" suffix.
  if (token.size() > 2 && token.ends_with("ps") &&
      resolve_atom(token.substr(0, token.size() - 2))) {
    return std::string(token.substr(0, token.size() - 2)) + "/s";
  }
  std::vector<std::string> candidates;
  static constexpr std::array<std::string_view, 9> kCommon{"",  "k", "M", "G", "T",
                                                           "P", "m", "u", "n"};
  static constexpr std::array<std::string_view, 4> kBinary{"Ki", "Mi", "Gi", "Ti"};
  for (const Atom& a : atoms()) {
    if (a.prefixes == Prefixes::none) {
      candidates.emplace_back(a.symbol);
      continue;
    }
    for (auto p : kCommon) candidates.push_back(std::string(p) + std::string(a.symbol));
    if (a.prefixes == Prefixes::si_and_binary) {
      for (auto p : kBinary) candidates.push_back(std::string(p) + std::string(a.symbol));
    }
  }
  const std::string low = util::lower(token);
  std::string best;
  std::size_t best_ci = std::string::npos;
  std::size_t best_cs = std::string::npos;
  for (const auto& c : candidates) {
    const std::size_t ci = util::edit_distance(low, util::lower(c));
    const std::size_t cs = util::edit_distance(token, c);
    if (ci < best_ci || (ci == best_ci && cs < best_cs)) {
      best = c;
      best_ci = ci;
      best_cs = cs;
    }
  }
  const std::size_t limit = std::max<std::size_t>(1, token.size() / 3);
  return best_ci <= limit ? best : std::string();
}

ParsedUnit parse_unit_expression(std::string_view text, std::string_view whole) {
  const Scaled s = Parser(text, whole).parse();
  return {s.scale, s.dimension};
}

namespace {

struct StoredUnit {
  std::string symbol;
  Unit unit;
};

// Process-wide caches. Entries are never removed, so `const Unit*` handed out stays valid.
class UnitCache {
 public:
  const Unit& get_or_parse(std::string_view spelling, std::string_view whole) {
    {
      std::shared_lock lock(mutex_);
      if (auto it = by_spelling_.find(spelling); it != by_spelling_.end()) {
        return it->second->unit;
      }
    }
    const ParsedUnit parsed = parse_unit_expression(spelling, whole);
    std::unique_lock lock(mutex_);
    auto [it, inserted] = by_spelling_.try_emplace(std::string(spelling), nullptr);
    if (inserted) {
      it->second = std::make_unique<StoredUnit>(StoredUnit{std::string(spelling), {}});
      it->second->unit = Unit{parsed.scale, parsed.dimension, it->second->symbol};
    }
    return it->second->unit;
  }

  const Unit& canonical(const Dimension& d) {
    std::uint64_t key = 0;
    std::memcpy(&key, d.exponents.data(), sizeof key);
    {
      std::shared_lock lock(mutex_);
      if (auto it = canonical_.find(key); it != canonical_.end()) return it->second->unit;
    }
    auto stored = std::make_unique<StoredUnit>();
    const auto [symbol, scale] = canonical_spelling(d);
    stored->symbol = symbol;
    std::unique_lock lock(mutex_);
    auto [it, inserted] = canonical_.try_emplace(key, std::move(stored));
    if (inserted) it->second->unit = Unit{scale, d, it->second->symbol};
    return it->second->unit;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  std::shared_mutex mutex_;
  std::unordered_map<std::string, std::unique_ptr<StoredUnit>, Hash, std::equal_to<>> by_spelling_;
  std::unordered_map<std::uint64_t, std::unique_ptr<StoredUnit>> canonical_;
};

UnitCache& cache() {
  static UnitCache instance;
  return instance;
}

// A small per-thread front cache so a repeated `to("TB/s")` takes no lock.
struct ThreadCache {
  static constexpr std::size_t kSize = 16;
  std::array<std::string, kSize> keys{};
  std::array<const Unit*, kSize> units{};
  std::size_t next = 0;
};

}  // namespace

std::pair<std::string, double> canonical_spelling(const Dimension& d) {
  struct Named {
    Dimension dimension;
    std::string_view symbol;
    double scale;
  };
  static const std::array kNamed{
      Named{dims::dimensionless, "", 1.0},
      Named{dims::information, "B", 8.0},
      Named{dims::information_rate, "B/s", 8.0},
      Named{dims::operation, "FLOP", 1.0},
      Named{dims::operation_rate, "FLOP/s", 1.0},
      Named{dims::intensity, "FLOP/B", 1.0 / 8.0},
      Named{dims::information / dims::operation, "B/FLOP", 8.0},
      Named{dims::power, "W", 1.0},
      Named{dims::energy, "J", 1.0},
      Named{dims::time, "s", 1.0},
      Named{dims::frequency, "1/s", 1.0},
      Named{dims::mass, "kg", 1.0},
      Named{dims::length, "m", 1.0},
      Named{dims::volume, "L", 1e-3},
      Named{dims::currency, "USD", 1.0},
      Named{dims::carbon_intensity, "gCO2e/kWh", 1e-3 / 3.6e6},
      Named{dims::water_intensity, "L/kWh", 1e-3 / 3.6e6},
      Named{dims::energy_price, "USD/kWh", 1.0 / 3.6e6},
      Named{dims::currency / dims::time, "USD/h", 1.0 / 3600.0},
      Named{dims::energy_per_information, "J/B", 1.0 / 8.0},
      Named{dims::energy_per_operation, "J/FLOP", 1.0},
      Named{dims::operation_rate / dims::power, "FLOP/s/W", 1.0},
  };
  for (const auto& n : kNamed) {
    if (n.dimension == d) return {std::string(n.symbol), n.scale};
  }
  static constexpr std::array<std::string_view, kBaseDimensionCount> kBase{
      "m", "kg", "s", "A", "K", "bit", "FLOP", "USD"};
  std::string numerator;
  std::string denominator;
  for (std::size_t i = 0; i < kBaseDimensionCount; ++i) {
    const int e = d.exponents[i];
    if (e == 0) continue;
    std::string& side = e > 0 ? numerator : denominator;
    if (!side.empty()) side += '*';
    side += kBase[i];
    if (std::abs(e) != 1) side += "^" + std::to_string(std::abs(e));
  }
  if (numerator.empty()) numerator = "1";
  if (denominator.empty()) return {numerator, 1.0};
  // "a/b*c" parses as (a/b)*c, so a denominator of several factors goes in parentheses.
  if (denominator.find('*') != std::string::npos) denominator = "(" + denominator + ")";
  return {numerator + "/" + denominator, 1.0};
}

}  // namespace units_detail

namespace units_detail {

const Unit& lookup_unit(std::string_view expression, std::string_view whole) {
  thread_local ThreadCache local;
  for (std::size_t i = 0; i < ThreadCache::kSize; ++i) {
    if (local.units[i] != nullptr && local.keys[i] == expression) return *local.units[i];
  }
  const Unit& unit = cache().get_or_parse(expression, whole);
  const std::size_t slot = local.next++ % ThreadCache::kSize;
  local.keys[slot] = std::string(expression);
  local.units[slot] = &unit;
  return unit;
}

}  // namespace units_detail

const Unit& Unit::parse(std::string_view expression) {
  // Trim surrounding blanks so " TB/s " and "TB/s" share a cache entry.
  while (!expression.empty() && (expression.front() == ' ' || expression.front() == '\t')) {
    expression.remove_prefix(1);
  }
  while (!expression.empty() && (expression.back() == ' ' || expression.back() == '\t')) {
    expression.remove_suffix(1);
  }
  return units_detail::lookup_unit(expression, expression);
}

std::vector<std::string> Unit::vocabulary() {
  std::vector<std::string> out;
  for (const auto& a : units_detail::atoms()) {
    out.emplace_back(a.symbol);
    if (a.prefixes == units_detail::Prefixes::none) continue;
    for (const auto& p : units_detail::prefixes()) {
      if (p.binary && a.prefixes != units_detail::Prefixes::si_and_binary) continue;
      std::string spelling = std::string(p.symbol) + std::string(a.symbol);
      // A prefixed spelling that is itself another symbol ("min") means that symbol.
      if (units_detail::find_atom(spelling) == nullptr) out.push_back(std::move(spelling));
    }
  }
  return out;
}

const Unit& Unit::canonical(const Dimension& dimension) {
  return units_detail::cache().canonical(dimension);
}

}  // namespace mlsysim
