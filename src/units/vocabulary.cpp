#include "vocabulary.hpp"

#include <array>

namespace mlsysim::units_detail {
namespace {

using dims::currency;
using dims::dimensionless;
using dims::energy;
using dims::frequency;
using dims::information;
using dims::information_rate;
using dims::length;
using dims::mass;
using dims::operation;
using dims::operation_rate;
using dims::power;
using dims::time;
using dims::volume;
constexpr Dimension kCurrent = Dimension::of(BaseDimension::current);
constexpr Dimension kTemperature = Dimension::of(BaseDimension::temperature);

constexpr double kMinute = 60.0;
constexpr double kHour = 3600.0;
constexpr double kDay = 86400.0;
constexpr double kYear = 365.25 * kDay;  // Julian year, as pint and the IAU define it.

// clang-format off
constexpr std::array kAtoms{
    // information (canonical: bit)
    Atom{"bit", 1.0, information, Prefixes::si_and_binary},
    Atom{"bits", 1.0, information, Prefixes::si_and_binary},
    Atom{"b", 1.0, information, Prefixes::si_and_binary},
    Atom{"B", 8.0, information, Prefixes::si_and_binary},
    Atom{"byte", 8.0, information, Prefixes::si_and_binary},
    Atom{"bytes", 8.0, information, Prefixes::si_and_binary},
    Atom{"bps", 1.0, information_rate, Prefixes::si},
    // operations (canonical: FLOP); FLOPS/OPS are rates, FLOP/FLOPs/OP/OPs amounts
    Atom{"FLOP", 1.0, operation, Prefixes::si},
    Atom{"FLOPs", 1.0, operation, Prefixes::si},
    Atom{"flop", 1.0, operation, Prefixes::si},
    Atom{"OP", 1.0, operation, Prefixes::si},
    Atom{"OPs", 1.0, operation, Prefixes::si},
    Atom{"op", 1.0, operation, Prefixes::si},
    Atom{"ops", 1.0, operation, Prefixes::si},
    Atom{"MAC", 2.0, operation, Prefixes::si},   // one multiply-accumulate = 2 FLOP
    Atom{"MACs", 2.0, operation, Prefixes::si},
    Atom{"FLOPS", 1.0, operation_rate, Prefixes::si},
    Atom{"OPS", 1.0, operation_rate, Prefixes::si},
    // time (canonical: s)
    Atom{"s", 1.0, time, Prefixes::si},
    Atom{"sec", 1.0, time, Prefixes::none},
    Atom{"min", kMinute, time, Prefixes::none},
    Atom{"h", kHour, time, Prefixes::none},
    Atom{"hr", kHour, time, Prefixes::none},
    Atom{"day", kDay, time, Prefixes::none},
    Atom{"days", kDay, time, Prefixes::none},
    Atom{"week", 7.0 * kDay, time, Prefixes::none},
    Atom{"month", kYear / 12.0, time, Prefixes::none},
    Atom{"year", kYear, time, Prefixes::none},
    Atom{"years", kYear, time, Prefixes::none},
    Atom{"yr", kYear, time, Prefixes::none},
    Atom{"Hz", 1.0, frequency, Prefixes::si},
    // energy and power (canonical: J, W)
    Atom{"W", 1.0, power, Prefixes::si},
    Atom{"J", 1.0, energy, Prefixes::si},
    Atom{"Wh", kHour, energy, Prefixes::si},
    Atom{"A", 1.0, kCurrent, Prefixes::si},
    Atom{"Ah", kHour, kCurrent * time, Prefixes::si},
    Atom{"V", 1.0, power / kCurrent, Prefixes::si},
    Atom{"K", 1.0, kTemperature, Prefixes::none},
    // mass, carbon, length, volume (canonical: kg, m, m^3)
    Atom{"g", 1e-3, mass, Prefixes::si},
    Atom{"t", 1e3, mass, Prefixes::si},
    Atom{"tonne", 1e3, mass, Prefixes::si},
    Atom{"gCO2e", 1e-3, mass, Prefixes::si},
    Atom{"gCO2eq", 1e-3, mass, Prefixes::si},
    Atom{"gCO2", 1e-3, mass, Prefixes::si},
    Atom{"tCO2e", 1e3, mass, Prefixes::si},
    Atom{"tCO2eq", 1e3, mass, Prefixes::si},
    Atom{"tCO2", 1e3, mass, Prefixes::si},
    Atom{"m", 1.0, length, Prefixes::si},
    Atom{"L", 1e-3, volume, Prefixes::si},
    // currency (canonical: USD)
    Atom{"USD", 1.0, currency, Prefixes::si},
    Atom{"dollar", 1.0, currency, Prefixes::none},
    Atom{"dollars", 1.0, currency, Prefixes::none},
    Atom{"$", 1.0, currency, Prefixes::none},
    // counts (dimensionless)
    Atom{"count", 1.0, dimensionless, Prefixes::si},
    Atom{"param", 1.0, dimensionless, Prefixes::si},
    Atom{"params", 1.0, dimensionless, Prefixes::si},
    Atom{"token", 1.0, dimensionless, Prefixes::si},
    Atom{"tokens", 1.0, dimensionless, Prefixes::si},
    Atom{"sample", 1.0, dimensionless, Prefixes::si},
    Atom{"samples", 1.0, dimensionless, Prefixes::si},
    Atom{"request", 1.0, dimensionless, Prefixes::si},
    Atom{"requests", 1.0, dimensionless, Prefixes::si},
    Atom{"%", 1e-2, dimensionless, Prefixes::none},
};

constexpr std::array kPrefixes{
    Prefix{"Ki", 1024.0, true},
    Prefix{"Mi", 1048576.0, true},
    Prefix{"Gi", 1073741824.0, true},
    Prefix{"Ti", 1099511627776.0, true},
    Prefix{"Pi", 1125899906842624.0, true},
    Prefix{"Ei", 1152921504606846976.0, true},
    Prefix{"\xC2\xB5", 1e-6, false},  // µ (micro sign)
    Prefix{"f", 1e-15, false},
    Prefix{"p", 1e-12, false},
    Prefix{"n", 1e-9, false},
    Prefix{"u", 1e-6, false},
    Prefix{"m", 1e-3, false},
    Prefix{"c", 1e-2, false},
    Prefix{"k", 1e3, false},
    Prefix{"K", 1e3, false},  // KB, KFLOP: the customary decimal kilo in computing
    Prefix{"M", 1e6, false},
    Prefix{"G", 1e9, false},
    Prefix{"T", 1e12, false},
    Prefix{"P", 1e15, false},
    Prefix{"E", 1e18, false},
    Prefix{"Z", 1e21, false},
};
// clang-format on

}  // namespace

std::span<const Atom> atoms() { return kAtoms; }
std::span<const Prefix> prefixes() { return kPrefixes; }

}  // namespace mlsysim::units_detail
