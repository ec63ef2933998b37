// Forward declarations of mlsysim's main types, for headers that only pass them by reference or
// pointer and should not pay for <mlsysim/mlsysim.hpp> (docs/performance.md, "Header compile
// time"). The umbrella header includes this one first, so any drift from the definitions fails
// to compile there.
#pragma once

namespace mlsysim {

// Units (mlsysim/units/*.hpp).
struct Dimension;
struct Unit;
class Quantity;

// Provenance (mlsysim/catalog/provenance.hpp).
struct Date;
struct Source;

// Catalog entries (mlsysim/catalog/*.hpp).
struct HardwareNode;
struct Link;
struct Workload;
struct Node;
struct NetworkFabric;
struct Rack;
struct Pod;
struct Fleet;
struct Datacenter;
struct GridProfile;

// Registry (mlsysim/registry.hpp).
class CatalogEntry;
class Catalog;

}  // namespace mlsysim
