#!/usr/bin/env python3
"""Turns tests/validation/collective_cases.json, collective_cases_wave2.json and _wave3.json (published
nccl-tests / rccl-tests rows, with sources) into collective_cases.inc, the C++ case table validation_test.cpp includes. Run from the
repo root:
    python3 tests/validation/make_collective_cases.py
Rules (written on 2026-11-30, session 13, before any prediction of these rows was computed, from
the sources and the training suite's hardware rules only):
* A row is one nccl-tests / rccl-tests measurement: the collective, the total GPU count, the
  message size (nccl-tests' `size` column) and the bus bandwidth as printed (out-of-place where
  printed, else in-place). It is priced by solvers::estimate_collective, the call train() prices
  its collectives with, on the training suite's rig for the device (validation_test.cpp, `rig`:
  the same catalog node and fabric a training run on that device gets), ranks filling nodes
  (per node = min(ranks, the rig node's accelerators); GB200 / GB300 racks are one NVLink node of
  up to 72, spread evenly over the racks a run needs, as for training). Compared: bus bandwidth.
* The collective is what NCCL / RCCL ran by default (NVLS, tree or ring, as the library chose,
  unless the row's environment forces one): the model prices the ring / hierarchical formulas it
  uses for training (docs/solvers.md, "Links"), so a row measured with NVLink SHARP (NVLS) is
  compared with the ring price; that gap is what training predictions carry.
* Device -> rig kind by the training rules (make_training_cases.py, hw_kind): H100 -> DGX H100 +
  InfiniBand NDR, H200 -> HGX H200, A100 -> DGX A100, MI300X / MI325X -> the MI300X platform (+
  RoCE 400G), MI355X -> the MI355X platform, GB200 / GB300 -> their NVL72 racks (+ InfiniBand NDR
  / XDR). A fabric the source does not state takes the rig's (CA29).
* Not expressible: B300 (no HGX B300 node in the catalog: CA42-CA45; until session 16); GCP A3 Mega (its NICs are
  8 x 200 Gb/s GPUDirect-TCPXO, not the catalog DGX H100's 8 x 400 Gb/s InfiniBand: CA23-CA25);
  sendrecv (a point-to-point pair, not a collective estimate_collective prices: CA52).
Wave CB rules (written on 2026-11-30, session 14, before any prediction of these rows was
computed; the model is NCCL's cost model of 20e34ce, changed with the CA rows known, so CB is its
first out-of-sample test):
* The same pricing as CA: the rig for the device, ranks filling nodes, bus bandwidth compared
  (out-of-place where printed). A row whose run forced an algorithm (CB20 NCCL_ALGO=COLLNETCHAIN,
  SHARP in the switches) is compared with the model's own pick, as NVLS rows were.
* B200 -> the DGX B200 rig (8 x 400G NICs, InfiniBand NDR). GCP A4 (RoCE, 8 NICs per 8 B200) and
  AWS p6-b200 (EFA v4, 8 x 400 Gb/s) have the same 400 Gb/s per GPU; the fabric's protocol and
  latency are not what NCCL's model prices (its network latencies are its own), so they take
  that rig. AWS p5.48xlarge (H100; EFA v2, 32 x 100 Gb/s = 400 Gb/s per GPU) -> the DGX H100
  rig likewise. AWS p4de.24xlarge (A100 80GB; EFA 4 x 100 Gb/s = 50 Gb/s per GPU, not the DGX
  A100's 8 x 200G) -> its own rig, A100P4de: DGX A100 with 4 NICs of 100 Gb/s on EFA_100G.
* torch.distributed all_reduce micro-benchmark rows (CB21-CB26) print the bus bandwidth with
  nccl-tests' convention (busbw = algbw x 2(n-1)/n); compared as nccl-tests rows.
* GB200 racks (CB16-CB19) as in CA: one NVL72 rack is a node of up to 72.
* Not expressible: Gaudi 2D (no Gaudi node in the catalog: CB36), H20 (no H20 in the catalog:
  CB37, CB38).
* Added after the first predictions were computed (a data rule, not a model change): a row whose
  bus bandwidth is printed as 0.00 GB/s (8-byte and 1 KB messages: CB01, CB08, CB29) has no
  relative error to compare; nccl-tests' time column would be the measure there, which this
  suite does not compare yet. Skipped.
Wave CC rules (written on 2026-11-30, session 14, before any prediction of these rows; the model
is NCCL's cost model of 20e34ce, unchanged for collectives since):
* The CA / CB pricing and rigs. OCI's A100-SXM4-40GB shape (BM.GPU.B4.8: 8 GPUs, 16 x 100 Gb/s
  RDMA = 200 Gb/s per GPU, the DGX A100's per-GPU rate) -> the A100 rig; OCI's MI300X (8 x 400G
  RoCE) -> the MI300X rig; OCI GB200 (4 GPUs per tray, 128 GPUs = two NVL72 racks of 64) -> the
  GB200 rack rule. CC07 forced NCCL_ALGO=Ring: compared with the model's own pick, as before.
* GH200 (CSCS Alps: 4 GH200 per node over Slingshot-11, CC11-CC15) has no rig in this suite (the
  device name contains "h200": kind_of now names GH200 first, as not expressible).
* The 0.00 GB/s data rule of wave CB applies (CC01, CC16, CC22 print 8-byte rows).
Session-15 rule (written before any prediction of wave CD; it changes the rig of wave CB's EFA
rows, whose results were known, so CB08-CB15 and CB21-CB26 are in sample from then on):
* A row on a named AWS GPU instance prices on that instance's catalog node and EFA fabric
  (aws_instances.py), which carry the latency AWS's NCCL plugin reports (75 us on p4d / p4de /
  p5, 35 us on p5en / p6-b200; docs/solvers.md, "Collectives"). This replaces wave CB's rule that
  put p5 and p6-b200 on the DGX rigs and p4de on a DGX A100 variant. AWS instances without a
  catalog node (p5e, p6-b300, p6e-gb200) are not expressible.
Wave CD rules (written on 2026-11-30, session 15, before any prediction of these rows; the model
is NCCL's cost model of 20e34ce with the plugin latency of 424849b):
* The CA / CB / CC pricing, rigs and data rules, and the AWS rule above. Rows on AWS instances
  come from a third-party benchmark repository, an AWS sample's README, AWS issues and PRs;
  a row's instance type is what the record states.
* NCCL_COLLNET_ENABLE=1 rows (CollNet / SHARP) are compared with the model's own pick, as
  NVLS and forced-algorithm rows were.
* A row measured over GCP GPUDirect-TCPXO (A3 Mega) stays not expressible (the CA rule);
  GCP A4 (B200, RoCE, 8 x 400G) takes the B200 rig (the CB rule); other clouds' and
  providers' H100 / H200 / B200 nodes on InfiniBand take the device's rig.
* Session 15: CC22 / CC23 are CB29 / CB35's measurement (ROCm's acceptance docs print one MI350X
  sweep in two documents): counted once, as the first record; the generator now refuses two rows
  of one call with the same bus bandwidth.
* A row whose device and instance the source does not state (CD22, CD23: an NCCL issue's
  'p4dn.24xlarge', not an AWS instance type, with the GPU "not printed"; the record presumes a
  p4d) is not expressible.
* Collectives estimate_collective does not price (scatter, sendrecv) are not expressible;
  all-to-all rows are priced by its all-to-all (alpha-beta, not NCCL's model).
Session-15 rule (written before any prediction of wave CE, with NVLS (05fda4c) in the model; it
changes rows of earlier waves whose results were known, which move in sample where it changes
them): a run that restricts NCCL's algorithms to ones the model has is priced with that
restriction, as `mlsysim collective --algo` does: NCCL_ALGO=Ring -> the ring only,
NCCL_ALGO=Tree -> the tree, NCCL_ALGO=NVLS / NVLSTree -> NVLS; NCCL_NVLS_ENABLE=0 -> NVLS off.
CollNet (NCCL_ALGO=CollnetDirect / CollnetChain, SHARP in the InfiniBand switches) had no model
when this was written: such a row was priced with the model's own pick (NVLS off where the run
turned it off). Changed after wave CE's first predictions, with CollNet added to the model
(session 15; the rows it moves are in sample): a run with NCCL_COLLNET_ENABLE=1 is priced with
CollNet enabled, and NCCL_ALGO=CollnetDirect / CollnetChain restricts it to CollNet (CollnetDirect to
the direct variant, CollnetChain to the chain).
The setting is read from the record's software text before its first "[" (the per-run
configuration; what follows is the collector's provenance note) for NCCL_ALGO, and from the
whole text for NCCL_NVLS_ENABLE=0.
Wave CE rules (written on 2026-11-30, session 15, before any prediction of these rows; the model
is NCCL's cost model with the plugin latency and NVLS, 05fda4c):
* The CA-CD pricing, rigs and data rules and the algorithm rule above. Together AI's B200
  clusters over InfiniBand NDR (8 HCAs per node) take the B200 rig; its single H100 node the
  H100 rig (a DGX H100, NVSwitch). The "nvls" configuration of the H100 node unsets NCCL_ALGO
  (the record: "env -u NCCL_ALGO") and enables NVLS: the model's own pick. Busbw whose column
  (out-of-place or in-place) the report does not state is taken as printed.
* AWS p6-b300 (CE32-CE39) has no catalog node (the AWS rule): not expressible.
Session-16 rule (written before any B300 prediction was computed; the catalog gained the nodes
from NVIDIA's and AWS's specifications, nothing was set from these rows):
* B300 -> DGX_B300 (8 B300, one 800 Gb/s ConnectX-8 per GPU) over InfiniBand XDR, whoever built
  the HGX B300 server (OCI's BM.GPU.B300.8 runs 2 x 400 Gb/s RoCE per GPU: the same 800 Gb/s per
  GPU); AWS p6-b300 -> P6_B300_48xlarge over EFA 400G (the AWS rule). CA42-CA45, CD24 and
  CE32-CE39 are expressible from here, first predicted by the model of the commit that adds this
  rule.
Wave CF rules (session 16, written before any wave-CF prediction was computed):
* A GB200 / GB300 run whose source places its ranks in NVLink partitions on separate racks
  ("N-GPU NVLink partition per rack", CF01-CF04) runs on nodes of the partition's size, one NIC
  per GPU as on the rack, not on the fewest racks that hold it: traffic between partitions crosses
  the fabric (the per-node size the training suite's wave-11 rule passes to the rig).
* An rccl-tests row whose tuning table prints the algorithm RCCL ran ("algo=RING", "algo=TREE",
  CF05-CF10) is priced on that algorithm, as an NCCL_ALGO setting is; the printed protocol and
  channel count are not inputs of the model. MI350X over two nodes takes the MI350X rig (RoCE
  400G), as MI355X rows of wave CA did.
* CF11 (CoreWeave HGX B200, "base (non-SHARP)") is the B200 rig with the model's own pick.
Wave CG rules (session 17, written before any wave-CG prediction was computed; no collective
mechanism changed since wave CF, so it is a second blind test of the same model):
* An H100 cluster whose network the source does not state (CG01-CG18: a Slurm cluster of 8-GPU
  H100 nodes) takes the DGX H100 rig (the CA29 rule: a fabric not stated is the rig's).
  nccl-tests' `--datatype double` does not change the bytes a row moves; compared as other rows.
* A node layout the rig does not have is not expressible: NREL Kestrel's 4 H100 per node with 2
  Slingshot NICs (CG19-CG25) has no catalog node (as CSCS Alps' GH200 in wave CC).
* A single 8-GPU MI300X VM (CG26-CG30, Azure "VF" devices) is the MI300X rig's node; its rows
  stay inside it (xGMI). The 0.00 GB/s data rule applies (CG26, and CG19).
Wave CH rules (session 18, written before any wave-CH prediction was computed; the collective
model is unchanged since wave CF, so it is a third blind test of it):
* CH01-CH09 re-measure, in the same benchmark session on the same Together AI H100 node
  (20260305_220944, nine minutes after the 20260305_220043 run whose files wave CE used), the
  all-reduce and all-gather calls wave CE already has: repeats, counted once as wave CE's rows.
* CH10 / CH11 (NVIDIA/nccl-tests issue #119, 3 x 8 A100 over 4 HDR per node) are the source of
  `Efficiency::fabric`'s default (docs/solvers.md): a default's source is not a validation case.
  Its node (8 A100, 4 NICs) is also not the A100 rig's (8 NICs).
* A node layout the rig does not have is not expressible (the wave-CG rule): one H100 per node
  with 4 NICs (CH12 / CH13). MI250X (CH16-CH19) and GB10 (CH21 / CH22) have no catalog node.
* A MI300X node over AMD's AINIC RoCE NICs whose count the source does not state (CH14 / CH15)
  takes the MI300X rig (the CA29 rule: a fabric not stated is the rig's); a single MI300X node
  (CH20) stays inside it (xGMI).
Wave CI rules (session 19, written before any wave-CI prediction was computed; the collective
model is unchanged since wave CF, so it is a fourth blind test of it):
* CI01-CI10 (NVIDIA/nccl-tests issue #290: 8 H100 per node, 8 ConnectX-7 HCAs on InfiniBand NDR)
  take the DGX H100 rig; CI07-CI10 set NCCL_ALGO=RING (the session-15 algorithm rule: the ring
  only). The poster asks why the two-node rows are slower than expected: a measurement of that
  system all the same, compared as printed (the suite excludes no row for its performance).
* A node layout the rig does not have is not expressible (the wave-CG rule): 4 H100 per node
  with NICs the source does not state (CI11-CI13).
* The 0.00 GB/s data rule applies (CI14, a 128-byte row).
* CI15 (a torch.distributed all_reduce micro-benchmark on two OCI H100 nodes over RoCE, 16 NICs
  per node, 400 Gb/s per GPU as the DGX H100's) takes the H100 rig (the CC rule for OCI shapes)
  and is compared as an nccl-tests row (the CB21-CB26 rule); its "4.0GB" message is 4 GiB as
  recorded.
Wave CJ rules (session 20, written before any wave-CJ prediction was computed; the collective
model is unchanged since wave CF, so it is a fifth blind test of it):
* CJ01-CJ10 (MGHPCC's AICR B200 acceptance logs: 8 B200 and 8 ConnectX-7 NDR HCAs per node) and
  CJ11-CJ13 (an 8-B200 system in nccl-tests issue #333) take the B200 rig. Rows the source calls
  degraded (CJ06-CJ09: SHARP off, the poster's slow two-node runs) or tuned (CJ10: CollNet / SHARP
  forced; CJ11-CJ13: a latency recipe) are compared as printed, with the algorithm rule reading
  their environment (the suite excludes no row for its performance).
* CJ14-CJ17 (Azure ND H100 v5: 8 x NDR400 per node) and CJ19-CJ22 (Supermicro HGX H100 with 8
  ConnectX-7 NDR) take the H100 rig; CJ18 (Azure ND H200 v5) the H200 rig, its bus bandwidth the
  printed average of the in-place and out-of-place columns at its single 16 GiB size.
* CJ27-CJ29 (OCI BM.GPU4.8 / B4.8: 8 A100 40GB, 16 x 100 Gb/s RoCE ports per node, 200 Gb/s per
  GPU as the DGX A100's 8 x 200 Gb/s HDR) take the A100 rig, as the CC rule takes the H100 rig for
  OCI's H100 shapes; the GPU's memory size is not an input of a collective.
* A node layout the rig does not have is not expressible (the wave-CG rule): 8 H200 with 4
  ConnectX-7 per node (CJ23-CJ26).
* hccl_demo on 8 Gaudi 2 (CJ30): not expressible, as CB36 (no Gaudi device is mapped to a
  collective rig).
Wave CK rules (session 21, written before any wave-CK prediction was computed; the collective
model is unchanged since wave CF, so it is a sixth blind test of it):
* Google Cloud's AI Hypercomputer NCCL pages (CK01-CK12) print the output of a run ("The output is
  similar to the following"): taken as that run's measurement, as the vendor acceptance logs of
  earlier waves. A4 (B200, 8 RDMA NICs per 8 GPUs) takes the B200 rig (the wave-CB rule for GCP
  A4); A3 Ultra (8 H200, 8 RDMA NICs of 400 Gb/s per node, not A3 Mega's TCPXO) the H200 rig; A4X
  (GB200) the GB200 rack rule (CK04-CK07: 8 and 32 GPUs in one NVL72 rack, as the page's IMEX
  deployment and bus bandwidth say).
* CK01-CK03 (A4X Max, GB300): the page says the two 4-GPU pods sit in distinct NVLink domains and
  the output is "cross-domain RDMA throughput": nodes of 4 GPUs joined by the fabric, the wave-CF
  partition rule with the source's 4 GPUs per node; the NICs are not stated, so the rig's fabric
  (CA29).
* OCI shapes: BM.GPU.H200.8 (8 RDMA ports, CK13-CK15) the H200 rig, BM.GPU.H100.8 (16 x 200 Gb/s,
  CK16-CK18) the H100 rig, BM.GPU4.8 (A100 40GB, 16 x 100 Gb/s, CK19-CK21) the A100 rig (the CC /
  CJ rules). CK21 (Oracle Japan's Ubuntu run without the tuned environment, 57 GB/s against
  CK19's 223 GB/s on the same shape) is compared as printed (the suite excludes no row for its
  performance).
Wave CL rules (session 22, written before any wave-CL prediction was computed; the collective
model is unchanged since wave CF, so it is a seventh blind test of it):
* google/dranet's GKE pages print a run's output: taken as that run's measurement (the CK rule
  for Google's pages). CL01-CL05 (two workers of one H200 each, one ConnectX-7 RDMA NIC claimed
  per worker, A3 Ultra by the collector's inference): the H200 rig with nodes of the source's one
  GPU, the rig's NIC per GPU (the wave-CF / CK partition rule, from this wave on for any rig whose
  node holds more GPUs than the source places on one: a layout of fewer GPUs with the board's
  NIC per GPU is the board's, cut). The collector's doubt about the GPU-NIC pairing is a
  measurement of that system all the same (the suite excludes no row for its performance).
* CL06-CL10 (two B200 of one a4-highgpu-8g node over NVLink): the B200 rig inside one node.
* CL11-CL14 (two workers of one B200 each with two RDMA NICs per worker): one GPU with two NICs is
  a layout no catalog node has (the CH12 / CH13 rule): not expressible.
* CL15-CL17 (NVIDIA/nccl issue #2355, 8 A100-SXM4-80GB in one node): the A100 rig inside one node;
  the issue prints the bus bandwidth as the mean of three runs and of the in-place and
  out-of-place columns, for two NCCL versions: the first printed (NCCL 2.29.7) is compared.

Wave CM rules (session 23, written before any wave-CM prediction was computed; the collective
model is the one wave CL tested, with the rig fix CL's rows exposed, so it is an eighth blind test):
* CM01-CM03 (NVIDIA/nccl-tests issue #293: two Dell R7525 hosts, one A100-PCIE-40GB and one
  ConnectX-6 HDR NIC each): the A100 rig with nodes of the source's one GPU and the board's NIC
  per GPU (the CL partition rule); the only hop is the NIC, so the PCIe card stands for the
  board's GPU in this call. The poster calls the run poor (GPU and NIC on different CPU sockets);
  the suite excludes no row for its performance (the CL rule).
* CM04-CM06: the same hosts and calls measured again after a BIOS change with GPUDirect RDMA off: a
  re-measurement of CM01-CM03's calls on the same system (a repeat, the CH rule), counted once.
* CM07-CM16 (an RCCL README: 2 nodes x 8 MI355X, 8 AMD Pollara 400G NICs per node over RoCE): the
  MI355X rig (8 GPUs, its 400G RoCE fabric); rccl-tests prints the GPUs as "AMD Radeon Graphics"
  and the same README names MI355X: the source's device.
* CM17-CM20 (NVIDIA/nccl issue #2441: 2 nodes x 2 H100 NVL over Slingshot-200): H100 NVL cards
  on Slingshot are no catalog node (the CG rule for NREL Kestrel's nodes, from this wave on for
  any H100 on Slingshot): not expressible.

Wave CN rules (session 23, written before any wave-CN prediction was computed; the same collective
model as wave CM, so a ninth blind test):
* CN01-CN09 (mit-orcd/orcd-benchmarks, 2 nodes x 8 B200 with 8 NDR 400G rails per node; the
  publisher calls the fabric healthy): the B200 rig (8 GPUs, 8 x 400G per node).
* CN10-CN14 (the same repository's notes on two H100 80GB HBM3 nodes, dgx-06 / dgx-07, at 8, 4, 2
  and 1 GPUs per node; node model and NICs not printed): "H100 80GB HBM3" on nodes of eight is the
  DGX H100 rig (the device rule of every H100 row whose fabric the source does not state); the runs
  with fewer GPUs per node are the same two nodes cut (the CL partition rule: nodes of the source's
  size with the board's NIC per GPU).
* CN15-CN24 (ALCF Polaris: 4 A100-SXM4-40GB per node on HPE Slingshot 11): no catalog node of
  A100 on Slingshot (the CG / CM rule, from this wave on for any device on Slingshot): not
  expressible.
* CN25-CN30 (SURF Snellius: 4 H100 per node with four 200 Gb/s InfiniBand ports): the catalog's H100
  node carries 400 Gb/s per GPU, and the partition rule cuts a board, it does not change its NICs:
  no catalog node, not expressible.

Wave CO rules (session 23, written before any wave-CO prediction was computed; the same collective
model as waves CM and CN, so a tenth blind test):
* CO01-CO17 (MIT ORCD's B200 cluster again: three other node pairs under Rocky 8, and the ring part
  of its SHARP jobs): the calls wave CN already has on the same cluster and rig (all-reduce,
  all-gather, reduce-scatter and all-to-all at 1 and 16 GiB on 2 x 8 B200), measured again on other
  node pairs: repeats, counted once as CN's rows (the CH rule, for a cluster's re-measurement of
  its own calls); CO07 (sendrecv) is not a collective estimate_collective prices in any case.
* CO18-CO22 (a Lambda 1-Click Cluster H100 pair at 8, 4, 2 and 1 GPUs per node; NICs and NCCL not
  printed) and CO23-CO31 (xxrjun/nccl-tests-cluster's 10-node H100 cluster at 1, 2 and 4 GPUs per
  node; the network never named; wave CG took its 8-GPU logs): "H100 80GB HBM3" on 8-GPU nodes is
  the DGX H100 rig (the CA29 / CG rule: a fabric not stated is the rig's), the runs with fewer GPUs
  per node the rig's nodes cut (the CL partition rule). Different clusters measuring the same call
  are separate rows (the collective suite's practice since wave CA).

Wave CP rules (session 24, written before any wave-CP prediction was computed; the collective model
of waves CM-CO, so an eleventh blind test):
* CP01-CP12 (Ahalperin/amd-dev: rccl-tests on two MI355X hosts with 8 x 400 Gb/s RoCE NICs each,
  2 x 8, 2 x 4, 2 x 2 and 2 x 1 GPUs and one host at 8, 4 and 2 GPUs): the catalog's MI355X node
  (the device rule); the runs with fewer GPUs per node are the two hosts cut (the CL partition
  rule); one host's 2 and 4 GPUs are that many GPUs of the node. NCCL_DEBUG=TRACE was on: kept,
  as the poster ran it.
* CP13-CP24 (the Azure AI Benchmarking Guide's ND A100 / H100 / H200 / GB200 results at sizes
  wave CA did not take): the same result files as CA06-CA14 (at a newer commit, byte-identical),
  and the A100 file is one of `Efficiency::intra_node_link`'s sources: a used source, not a blind
  test.
* CP25-CP27 (Azure/aks-rdma-infiniband's expected output, 2 x 8 GPUs over HDR InfiniBand): the
  device is not printed, but the repository's test README at the same commit sets the VM size
  (Standard_ND96asr_v4: 8 A100 with 8 x 200 Gb/s HDR), which is the catalog's A100 node.

Wave CQ rules (session 24, written before any wave-CQ prediction was computed; the collective model
of wave CP with its full-mesh links, a twelfth blind test):
* CQ01-CQ22 (yangwhale/gpu-tpu-pedia: GKE A4X GB200 and A4X Max GB300 trays of 4 GPUs): runs inside
  one NVL72 domain with multi-node NVLink (one tray, or 2-16 trays of one domain) are the catalog's
  GB200 / GB300 rack, as every in-rack row; runs whose trays talk over RDMA only (CQ07, CQ08: MNNVL
  off, NCCL over the gIB plugin) run on nodes of a tray's 4 GPUs (the CK rule for traffic that
  leaves the NVLink domain); runs over two NVL72 domains, MNNVL inside each and RDMA between them
  (CQ15-CQ17, CQ21, CQ22), run on nodes of one domain's GPUs (the CF partition rule: half the
  GPUs). The GB300 trays' 8 x 400G NICs per 4 GPUs are the catalog rack's 800 Gb/s per GPU.
* CQ23-CQ27 (the same repository's 1- and 2-node a4-highgpu-8g runs): the catalog's B200 node
  (8 x 400G per 8 GPUs, as GCP's A4 rows of wave CB).
* CQ28-CQ30 (google/dranet's demo: 2 pods of one H200 each on A3 Ultra nodes, one RDMA NIC per
  pod): the CL partition rule (nodes of one GPU with the board's NIC per GPU).
* CQ31 (Habana's hccl_demo page): the page names no device (the record infers Gaudi 3 from the
  figure): the CD rule, not expressible.

Wave CS rules (session 26, written before any wave-CS prediction was computed; the collective model
of wave CQ, a thirteenth blind test):
* CS01-CS05 (nebius/ml-cookbook runai/README.md: 2 nodes x 8 H200 over InfiniBand, all_reduce 1-16
  GiB; the launch script's NCCL_IB_HCA=mlx5): the catalog's H200 node (HGX H200, one 400G NIC per
  GPU, InfiniBand NDR), as every two-node H200 row; the NICs are not printed (the record fills
  Nebius' 8 x 400G NDR), which is what the catalog node has.
* CS06-CS10 (skypilot-org/skypilot examples/gcp_gpu_direct_tcpx/README.md: 2 x a3-ultragpu-8g, 8
  H200 each, GPUDirect-RDMA with the gIB plugin, all_gather 8 MiB-8 GiB): the H200 rig (the CQ rule
  for A3 Ultra: 8 RDMA NICs of 400 Gb/s per node).
* CS11, CS12 (the same README's second run on the same system type with Google's own test pods,
  all_gather at 1 and 8 GiB): a re-measurement of CS09 / CS10's calls on the same kind of cluster
  (the CH rule): counted once, as CS09 / CS10.
* CS13-CS16 (the same README's summary for 2 x a3-highgpu-8g, 8 H100 each: GPUDirect-TCPX over four
  200 Gb/s VPCs, and the plain socket baseline): A3 High's NICs and transport are not the catalog
  DGX H100's 8 x 400 Gb/s InfiniBand: the CA rule (as A3 Mega's TCPXO), not expressible.

Wave CT rules (session 27, written before any wave-CT prediction was computed; the collective model
and the catalog are unchanged by them):
* CT01-CT06 (GoogleCloudPlatform/ai-infra-cluster-provisioning sample_workloads/nccltest/a3: 2 x
  a3-highgpu-8g, 8 H100 each, GPUDirect-TCPX, all_reduce with NCCL_ALGO=Ring) and CT07
  (cluster-toolkit PR #3644's A3 High table): A3 High's four 200 Gb/s TCPX VPCs are not the catalog
  DGX H100's 8 x 400 Gb/s InfiniBand: the CS13-CS16 rule, not expressible.

Wave CU rules (session 27, written before any wave-CU prediction was computed; the collective model
and the catalog are unchanged by them):
* CU01 (NVIDIA/aicr issue #1413, a comment summarizing a passing 2 x 4 GB300 validation as
  "~387 GB/s" all_reduce bus bandwidth): a rounded summary, not a printed nccl-tests row; the
  message size is the record's inference ([S] 8 GiB) and in- / out-of-place is not stated: the
  call the row would price is not printed, so it is not expressible.

Wave CV rules (session 28, written before any wave-CV prediction was computed; the collective model
and the catalog are unchanged by them):
* CV01-CV07 (ROCm/system-acceptance-docs docs/mi300x/performance-bench.rst at b754ce7, the
  MI300X Customer Acceptance Test Guide's example rccl-tests output: all_reduce_perf -b 8 -e 8G
  -f 2 -g 8 on one 8-GPU MI300X server): the MI300X rig's node, the calls staying inside it over
  xGMI (the CG / CH20 rule for a single MI300X node); out-of-place bus bandwidth compared (the CA
  rule). One process driving the 8 GPUs (-g 8) runs the same collective as eight processes. The
  calls the suite already has at 128 MiB, 256 MiB, 1 GiB and 8 GiB on 8 MI300X were measured on
  other systems (Azure's VM, the rocm-blogs platform): another system's measurement of a call is
  a new row (CC08 beside CA16), not a repeat.

Wave CW rules (session 29, written before any wave-CW prediction was computed; the collective model
and the catalog are unchanged by them):
* CW01-CW18 (argonne-lcf/alcf-nccl-tests results_sophia/n2.g8/2024-10-15-11-21-15, the `.2`
  settings group: 16 A100-SXM4-40GB on 2 ALCF Sophia nodes, all_reduce, all_gather and alltoall
  at 1 MiB-1 GiB, one process per GPU): Sophia's nodes are DGX A100s with 8 HDR200 InfiniBand
  compute ports each (ALCF's machine overview; the log prints the device and the ranks, not the
  NICs): the A100 rig (the DGX A100's 8 x 200 Gb/s per node, the CC rule for 8-GPU A100 nodes
  over InfiniBand). The settings group sets NCCL_COLLNET_ENABLE=1: the session-15 algorithm rule
  (collnet allowed, the model's own pick among the rest). NCCL_CROSS_NIC=1 and
  NCCL_NET_GDR_LEVEL=PHB are not modelled. Out-of-place bus bandwidth compared (the CA rule).
  Disclosure: the first record's quoted row (CW01's out-of-place line) was seen while reading the
  record's layout, before these rules were written down; no rule above depends on it.

Wave CX rules (session 30, written before any wave-CX prediction; the collective model and the
catalog are unchanged by them):
* CX01-CX21 (boeschf/nccl-benchmark-on-alps-2025 at 7c13ab9, run_0000 of the NCCL 2.23.4 /
  aws-ofi-nccl 1.9.2 default environment: all_reduce_perf on 4, 8 and 128 GH200 of CSCS Alps,
  four per node over Slingshot-11): GH200 has no rig in this suite (the wave-CC rule for CC11-CC15;
  kind_of names GH200 first), so no row is expressible and none is predicted. Were a GH200 node
  added, the source would still need a reading: it is a network-debugging campaign whose author
  does not call the system healthy (the CW brief's rule for threads about slow runs), and the NIC
  speed is stated by neither the logs nor CSCS's hardware page.
  Disclosure: the first record's quoted row (CX01) was printed while reading the record's layout,
  before these rules were written down; no rule above depends on it.

Wave CY rules (session 30, written before any wave-CY prediction; the collective model and the
catalog are unchanged by them, a blind test of the model of wave CP):
* CY01-CY04 (together-dgxc-benchmarking tests/b300/nccl/all_reduce_perf.log at 5956915: one
  process driving 8 "NVIDIA B300 SXM6 AC" of one host): the B300 rig inside one node (the
  session-16 B300 rule); no NCCL setting is printed: the model's own pick. The file was cited by
  training wave 71 only to name that wave's device; its table is in no case, so its rows are new
  measurements.
* CY05-CY08 (the same repository's GB200 rack-readiness log nccl-r08.log: 72 GB200, 18 trays of
  4 in one NVL72 multi-node NVLink domain): the catalog GB200 rack (the CQ rule for runs inside
  one NVL72 domain), not nodes of a tray (the CL rule is for traffic that leaves the domain).
  Result checking off (-c 0) is not an input of the model.
* CY09-CY60 (the same repository's worklog report 2026-04-16 "NCCL collective scaling": B200
  nodes of 8 GPUs with 8 ConnectX-7 400 Gb/s InfiniBand each, 1-64 nodes, 4 GB calls): the B200
  rig (the wave-CE rule for Together's B200 clusters; "4 GB" = 4 GiB, the size nccl-tests prints
  for 4294967296 bytes). The report's "Peak busBW" column does not say out-of-place or in-place:
  taken as printed (the CE rule). Each configuration's NCCL variables are the session-15
  algorithm rule's input: Ring -> the ring, Tree -> the tree, NVLSTree -> NVLS, "nvls" (NCCL_ALGO
  unset, NVLS on) -> the model's own pick. The "collnet_sharp" rows (CY23-CY28, CY55-CY60): the
  report says SHARP could not start ("Cannot create SHARP job"), so which algorithm NCCL ran is
  not known: not expressible.

Wave CZ (session 30): nothing. collective_cases_wave25.json is empty; collective_cases_wave25.md
lists what was searched and why each candidate failed (used sources, no citable repository, a
degraded fabric, sizes outside the size rule).

Wave DA rules (session 31, written before any wave-DA prediction; the collective model and the
catalog are unchanged by them; the C letters ran out at CZ, so this wave's ids are DA):
* DA01-DA03 (OguzPastirmaci/gce-hackathon, oke-amd-mi300x-rccl-test-log.md at 696d2cd: RCCL
  2.27.7 all_reduce_perf on 16 MI300X, two OCI BM.GPU.MI300X.8 nodes with all eight HCAs): the
  MI300X rig (the wave-CC reading of this OCI shape for CC08: eight 400 Gb/s RoCE NICs per node,
  the speed not printed). No algorithm is forced: the model's own pick. NCCL_CUMEM_ENABLE and the
  UCX / queue settings are not inputs of the model.
* DA04-DA11 (sdambo-git/spc-x-host-configuration README at 5607c13: nccl-tests 2.18.3 / NCCL
  2.30.4 on 16 H200 of two Dell XE9680, eight 400GbE BlueField-3 SuperNICs per node on a
  Spectrum-X RoCE fabric, one process driving 8 GPUs per node): the H200 rig (an HGX H200 board
  with one 400 Gb/s NIC per GPU; RoCE and InfiniBand at the same per-GPU speed are one fabric to
  the model, the CC08 reading). The tuning variables (NCCL_MIN_NCHANNELS=32, the QP and chunk
  sizes, adaptive routing) are not inputs; NCCL_ALGO is not set: the model's own pick.
* DA12-DA16 (gce-hackathon oke-gb300-topology-block-test-log.md at 696d2cd, Slurm job 27: 16 GB300
  on four BM.GPU.GB300.4 trays with NCCL_MNNVL_ENABLE=1 and one IMEX domain, all four trays in one
  NVLink clique): one NVL72 domain, so the catalog GB300 rack (the CQ / CY rule for runs inside
  one domain; the CL rule is for traffic that leaves it), not four nodes of a tray.
  NCCL_NVLS_ENABLE=0: NVLS excluded (the session-15 algorithm rule). Job 9 (the same nodes, a
  truncated table) is a repeat and was not taken.
Disclosure: the quoted rows of DA01, DA04 and DA12 (each record's quote is its measured line)
were printed while reading the records' layout, before these rules were written down; no rule
above depends on them.

Wave DB rules (session 31, written before any wave-DB prediction and before any wave-DB value
was printed; the collective model and the catalog are unchanged by them):
* DB01-DB02 (oracle-quickstart/oci-hpc-oke docs/running-nccl-rccl-tests-with-kueue.md at cb42a3c:
  NCCL 2.25.1 all_reduce at 1 and 4 GiB on 16 A100-SXM4-40GB of two OCI A100 bare-metal nodes on
  OKE, 16 RDMA HCAs each): the A100 rig, the CJ27-CJ29 reading of the same shapes (a different
  run, launcher and NCCL version).
* DB03-DB05 (crusoecloud/solutions-library nccltest_output.txt at 57e37b8: 8 GB200 on two Crusoe
  VMs of 4, one process per host): not expressible. Whether the two trays ran as one NVLink domain
  (MNNVL over IMEX) or over InfiniBand is not printed (no NCCL info lines, no instance type), and
  the two readings put the call on different links (the TC13 rule for unstated paths).
* DB06 (crusoecloud/solutions-library poc-cmk-validation-suite README at 36af584: 16 H200 on two
  h200-141gb-sxm-ib.8x VMs, eight InfiniBand devices each, NCCL_NVLS_ENABLE=1, only the 16 GiB row
  printed): the H200 rig; NVLS allowed (the model's own pick); the topology file and the QP
  settings are not inputs.
* DB07-DB14 (the oci-hpc-oke README's GB200 table at 3817769) and DB15-DB21 (its A100 SR-IOV table
  at 1402938): tables waves CK and CM rejected as read (a README of the used oci-hpc-oke document
  family); they count as read here too (the wave-34 rule), so nothing is predicted for them.

Wave DC rules (session 31, written before any wave-DC prediction and before any wave-DC value
was printed; the collective model and the catalog are unchanged by them):
* DC01-DC07 (GoogleCloudPlatform/cluster-toolkit examples/gke-a4-highgpu README at 74f7e3d:
  all_gather on 16 GPUs of two A4 High nodes over gIB): not expressible. The README's first
  version printed Google's generic example output (the same table its docs print for A4 and A3
  Ultra alike); the table that replaced it prints no device, and the text around it still says
  four nodes while the table has 16 GPUs, so its system is the collector's inference (the source
  rule: the source must name the accelerator and count).
* DC08-DC10 (aistabci/abci2.0benchmark at f0aa27f, allreduce/intra_anode: NCCL 2.8.4 all_reduce at
  1, 4 and 16 MiB on the 8 A100-SXM4-40GB of one ABCI 2.0 Compute Node (A)): the A100 rig inside
  one node (the CJ27 reading of 40 GB parts); NCCL_NET_GDR_LEVEL is not an input.
* DC11-DC22 (the same repository's inter_anode runs on 2-16 nodes): ABCI's A nodes have four HDR
  200 Gb/s ports per eight GPUs (ABCI's public system documentation; the repository names no NIC),
  half the catalog DGX A100's: no catalog node of 8 A100 with 4 NICs (the CH12 / CJ23 rule).

Wave DD rules (session 32, written before any wave-DD prediction; DD01's quoted 1 MiB row was seen
while reading the record format, no other value was printed; the collective model and the catalog
are unchanged by them):
* DD01-DD14 (ZiyanIshani/vpbenchmarking at b841c5b, nccl_singlenode: all_reduce and all_gather on
  the 8 H100 80GB HBM3 SXM5 of one Voltage Park bare-metal node, one process): the H100 rig inside
  one node (no NIC is crossed).
* DD15-DD28 (the same repository's four-node runs, 32 H100): its own four-node summary says "400
  Gbps per port, 3 active ports per node" while its README says 3.2 Tbps per node; with three of
  eight ports up the fabric is degraded, and either way the NICs the run used are not known: not
  expressible (no catalog node of 8 H100 with 3 NICs; the CH12 / CJ23 rule).
* DD29-DD35 (JingchaoZhang's post of 2023-09-11: all_reduce on 16 A100-SXM4-80GB of two Azure
  Standard_ND96amsr_A100_v4 VMs on AKS, 8 InfiniBand VFs per VM): the A100 rig (DGX A100, 8 x HDR
  200 Gb/s, the NDm A100 v4's NICs per Azure's documentation) on two nodes. SR-IOV virtual
  functions are taken at the physical ports' rate (no derate is sourced).

Wave DE rules (session 32, written before any wave-DE prediction and before any wave-DE value was
printed; the collective model and the catalog are unchanged by them):
* DE01-DE48 (mghpcc/aicr-benchmarks at 74a7a5a, Benchmark_WG/nccl-tests/out-1node-sweep: one
  process driving 2, 4 or 8 of the 8 B200 of AICR node b0012, NCCL 2.29.3, nccl-tests 2.18.3,
  all_reduce on 2 / 4 / 8 GPUs, reduce_scatter, all_gather and alltoall on 8, 1 MiB-16 GiB): the
  B200 rig inside one node, on a node of the run's 2 or 4 GPUs where it uses part of the board
  (the CL06-CL10 reading). The repository's diagnosis of a fault on the path from GPU to NIC
  between nodes does not touch calls that stay inside one node. No NCCL variable is printed:
  the model's own pick.

Wave DF rules (session 32, written before any wave-DF prediction and before any wave-DF value was
printed; the collective model and the catalog are unchanged by them):
* DF01-DF04 (mghpcc/aicr-benchmarks at dcb7c74, Cambridge/reports/2026-05-16/verification/
  nccl-suite/nccl-suite-b200-1n.md: the first listed node b0002 and its first run, 8 ranks of one
  B200 each, all_reduce / all_gather / reduce_scatter / alltoall at 1 GiB, the report's in-place
  bus bandwidth): the B200 rig inside one node. Another node, date, launcher and container than
  wave DE's b0012 sweep: a measurement of its own, not a repeat. The 2-16 node reports of the
  same day ran on the path the repository diagnoses as faulty and were not collected.

Wave DG rules (session 32, written before any wave-DG prediction and before any wave-DG value was
printed):
* DG01-DG02 (oracle-quickstart/oci-gpu-quickstarts amd/MI300X/README-MI300X.md at 6a0abdc: one
  all_reduce bus bandwidth each for one and two BM.GPU.MI300X.8 nodes at 16 GiB): not expressible.
  The lines are a summary copied from a handover document that is not public, not printed
  rccl-tests rows: the run's command, ranks, RCCL version and in- or out-of-place column are not
  known, nor whether the line is the sweep's largest size or its best row (the CU01 reading of
  summaries).

Wave DH rules (session 32, written before any wave-DH prediction and before any wave-DH value was
printed):
* DH01-DH03 (google/dranet site/content/docs/user/nvidia-dranet.md at 26de5c8: all_gather on 4 B200,
  two pods of two GPUs and two RDMA NICs each on GCP a4-highgpu-8g, at 256 MiB-4 GiB): not
  expressible. On 2025-07-18 the authors replaced this run in the same section with a 2 x 1 run
  of pcieRoot-aligned claims (CL11-CL14): a table a later revision replaced is superseded (the
  research rule), and the page does not state that the two pods ran on different VMs (the
  collector infers it from pod IP ranges) nor that each GPU was paired with its own NIC.
"""
import json, os, re

from aws_instances import aws_kind
from generated import write_table

HERE = os.path.dirname(os.path.abspath(__file__))
rows = json.load(open(os.path.join(HERE, "collective_cases.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave2.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave3.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave4.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave5.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave6.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave7.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave8.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave9.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave10.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave11.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave12.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave13.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave14.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave15.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave16.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave17.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave18.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave19.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave20.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave21.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave22.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave23.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave24.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave25.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave26.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave27.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave28.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave29.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave30.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave31.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave32.json")))
rows += json.load(open(os.path.join(HERE, "collective_cases_wave33.json")))
first = {}
fp = os.path.join(HERE, "collective_first_predictions.json")
if os.path.exists(fp):
    first = json.load(open(fp))


def kind_of(dev):
    d = dev.lower()
    for key, kind in (("gb300", "GB300"), ("gb200", "GB200"), ("gh200", None), ("b300", "B300"),
                      ("b200", "B200"),
                      ("mi350x", "MI350X"), ("mi355x", "MI355X"),
                      ("mi325x", "MI325X"), ("mi300x", "MI300X"), ("h200", "H200"), ("h100", "H100"),
                      ("a100", "A100")):
        if key in d:
            return kind
    return None


# Wave CD: rows whose system the source does not state (the rule in the docstring).
INFERRED = {c: "the source states neither the device nor an AWS instance type ('p4dn.24xlarge')"
            for c in ("CD22", "CD23")}
# Session 15: the same measurement collected by two waves (ROCm's acceptance docs print one
# MI350X sweep in two documents); counted once, as the first record.
INFERRED["CC23"] = "CB35's measurement (ROCm's acceptance docs print the same MI350X sweep twice)"
INFERRED["CC22"] = "CB29's measurement (ROCm's acceptance docs print the same MI350X sweep twice)"
# Wave CH (the rules in the docstring).
for _c in ("CH01", "CH02", "CH03", "CH04", "CH05", "CH06", "CH07", "CH08", "CH09"):
    INFERRED[_c] = ("a re-measurement of wave CE's calls on the same Together AI H100 node in the "
                    "same benchmark session (a repeat)")
for _c in ("CH10", "CH11"):
    INFERRED[_c] = "the source of Efficiency::fabric's default (NVIDIA/nccl-tests issue #119)"
for _c in ("CH12", "CH13"):
    INFERRED[_c] = "no catalog node of one H100 per node with 4 NICs"
# Wave CI (the rules in the docstring).
for _c in ("CI11", "CI12", "CI13"):
    INFERRED[_c] = "no catalog node of 4 H100 per node (NICs not stated)"
# Wave CJ (the rules in the docstring).
for _c in ("CJ23", "CJ24", "CJ25", "CJ26"):
    INFERRED[_c] = "no catalog node of 8 H200 with 4 NICs"
# Wave CL (the rules in the docstring).
for _c in ("CL11", "CL12", "CL13", "CL14"):
    INFERRED[_c] = "no catalog node of one B200 per node with two NICs"
# Wave CM (the rules in the docstring).
for _c in ("CM04", "CM05", "CM06"):
    INFERRED[_c] = "a re-measurement of CM01-CM03's calls on the same hosts (a repeat)"
for _c in ("CM17", "CM18", "CM19", "CM20"):
    INFERRED[_c] = "no catalog node of 2 H100 NVL per node on Slingshot"
# Wave CN (the rules in the docstring).
for _c in ("CN15", "CN16", "CN17", "CN18", "CN19", "CN20", "CN21", "CN22", "CN23", "CN24"):
    INFERRED[_c] = "no catalog node of A100 on Slingshot (ALCF Polaris)"
for _c in ("CN25", "CN26", "CN27", "CN28", "CN29", "CN30"):
    INFERRED[_c] = "no catalog node of 4 H100 per node with 200 Gb/s NICs (SURF Snellius)"
# Wave CO (the rules in the docstring).
for _i in range(1, 18):
    INFERRED["CO%02d" % _i] = "a re-measurement of wave CN's calls on the same B200 cluster (a repeat)"
# Wave CP (the rules in the docstring).
for _i in range(13, 25):
    INFERRED["CP%02d" % _i] = ("the Azure AI Benchmarking Guide's result files, already used by wave CA "
                               "(and a source of Efficiency::intra_node_link)")
# Wave CQ (the rules in the docstring).
INFERRED["CQ31"] = "the source does not name the device (the record infers Gaudi 3 from the figure)"
CQ_TRAY_NODES = {"CQ07", "CQ08"}  # trays over RDMA only: nodes of a tray's GPUs
CQ_TWO_DOMAINS = {"CQ15", "CQ16", "CQ17", "CQ21", "CQ22"}  # nodes of one NVL72 domain's GPUs
# Wave CS (the rules in the docstring).
INFERRED["CS11"] = "a re-measurement of CS09's call on the same kind of cluster (a repeat)"
INFERRED["CS12"] = "a re-measurement of CS10's call on the same kind of cluster (a repeat)"
for _i in range(13, 17):
    INFERRED["CS%02d" % _i] = ("GCP A3 High's four 200 Gb/s GPUDirect-TCPX VPCs (or TCP sockets) are not the "
                               "catalog DGX H100's 8 x 400 Gb/s InfiniBand")
# Wave DG (the rules in the docstring).
for _c in ("DG01", "DG02"):
    INFERRED[_c] = ("a summary line copied from a non-public handover document, not a printed "
                    "rccl-tests row (the wave-DG rule)")
for _c in ("DH01", "DH02", "DH03"):
    INFERRED[_c] = ("a table the page's authors replaced with another run (superseded), its node "
                    "count inferred (the wave-DH rule)")
# Wave CU (the rules in the docstring).
INFERRED["CU01"] = ("a rounded summary (\"~387 GB/s\") of a validation run, its message size inferred: "
                    "not a printed nccl-tests row")
# Wave CT (the rules in the docstring).
for _i in range(1, 8):
    INFERRED["CT%02d" % _i] = ("GCP A3 High's four 200 Gb/s GPUDirect-TCPX VPCs are not the catalog "
                               "DGX H100's 8 x 400 Gb/s InfiniBand (the CS13-CS16 rule)")
# Wave CY (the rules in the docstring).
for _c in ["CY%02d" % _i for _i in list(range(23, 29)) + list(range(55, 61))]:
    INFERRED[_c] = ("the report says SHARP could not start, so the algorithm NCCL ran under "
                    "NCCL_COLLNET_ENABLE=1 is not known")
# Runs inside one NVL72 domain outside wave CQ (the CQ rule): the catalog rack. Wave CY: 72 GB200;
# wave DA: 16 GB300 of four trays.
ONE_DOMAIN = {"CY05", "CY06", "CY07", "CY08", "DA12", "DA13", "DA14", "DA15", "DA16"}
for _c in ("DB03", "DB04", "DB05"):
    INFERRED[_c] = ("whether the two GB200 trays ran as one NVLink domain or over InfiniBand is not "
                    "printed (the wave-DB rule)")
for _i in range(7, 22):
    INFERRED["DB%02d" % _i] = ("a table of the oci-hpc-oke README that waves CK / CM rejected as read "
                               "(the wave-34 rule)")
for _i in range(1, 8):
    INFERRED["DC%02d" % _i] = ("the table prints no device and the README around it disagrees with it on "
                               "the node count: its system is inferred (the wave-DC rule)")
for _i in range(11, 23):
    INFERRED["DC%02d" % _i] = "no catalog node of 8 A100 with 4 NICs (ABCI's A nodes; the wave-DC rule)"
for _i in range(15, 29):
    INFERRED["DD%02d" % _i] = ("the source's own summary says 3 of the 8 ports per node were active: no "
                               "catalog node of 8 H100 with 3 NICs (the wave-DD rule)")

def algorithms(c):
    """The session-15 algorithm rules: "{ring, tree, nvls, collnet direct, collnet chain}, collnet
    enabled" as C++."""
    text = c.get("software") or ""
    per_run = text.split("[")[0]
    m = re.search(r"NCCL_ALGO=([A-Za-z]+)", per_run) or re.search(r"\balgo=([A-Za-z]+)", per_run)
    algo = m.group(1).lower() if m else ""
    collnet = "NCCL_COLLNET_ENABLE=1" in text or algo.startswith("collnet")
    if algo == "ring":
        allowed = (True, False, False, False, False)
    elif algo == "tree":
        allowed = (False, True, False, False, False)
    elif algo in ("nvls", "nvlstree"):
        allowed = (False, False, True, False, False)
    elif algo == "collnetdirect":
        allowed = (False, False, False, True, False)
    elif algo == "collnetchain":
        allowed = (False, False, False, False, True)
    else:  # unset: the model's own pick
        allowed = (True, True, True, True, True)
    if "NCCL_NVLS_ENABLE=0" in text and allowed != (False, False, True, False, False):
        allowed = (allowed[0], allowed[1], False, allowed[3], allowed[4])
    b = lambda x: "true" if x else "false"
    return "{%s}, %s" % (", ".join(b(a) for a in allowed), b(collnet))


COLLECTIVE = {"all_reduce": "all_reduce", "all_gather": "all_gather",
              "reduce_scatter": "reduce_scatter", "alltoall": "all_to_all"}

out, skipped = [], []
for c in rows:
    cid, s = c["id"], c["system"]
    kind = kind_of(s["device"])
    node_text = " ".join(str(s.get(k) or "") for k in ("node_model", "fabric", "nic")).lower()
    aws = aws_kind(s["device"] + " " + node_text)
    if aws is not None and kind is not None:
        kind = None if aws == "none" else aws
    why = None
    if cid in INFERRED:
        why = INFERRED[cid]
    elif aws == "none":
        why = "no catalog node for the AWS instance (%s)" % (s.get("node_model") or "")[:30]
    elif kind is None:
        why = "no catalog node for the device (%s)" % s["device"][:30]
    elif "tcpx" in node_text or "a3 mega" in node_text:
        why = "GCP A3 Mega's 8 x 200 Gb/s GPUDirect-TCPXO NICs are not the catalog node's"
    elif cid.startswith("CG") and "slingshot" in node_text and kind == "H100":
        why = "no catalog node of %s H100 with %s Slingshot NICs (NREL Kestrel)" % (
            s.get("gpus_per_node"), s.get("nics_per_node"))
    elif c["collective"] not in COLLECTIVE:
        why = "%s is not a collective estimate_collective prices" % c["collective"]
    busbw = [m for m in c["measured"] if m["metric"] == "busbw_GBps"]
    busbw.sort(key=lambda m: 0 if m.get("in_place") == "out-of-place" else 1)
    if why is None and not busbw:
        why = "no bus bandwidth printed"
    elif why is None and float(busbw[0]["value"]) <= 0:
        why = "bus bandwidth printed as 0.00 GB/s (below nccl-tests' two-decimal resolution)"
    if why:
        skipped.append((cid, why))
        continue
    gpus = int(s["gpus_total"])
    size = int(c["message_bytes"])
    src = c["source"]
    what = "%s %s, %d x %s, %s" % (c["collective"], ("%d MiB" % (size // 2**20)) if size >= 2**20
                                   else ("%d B" % size), gpus, s["device"].split("(")[0].split("[")[0].strip(),
                                   (s.get("node_model") or "").split("(")[0].strip())
    # wave CF: NVLink partitions on separate racks run on nodes of the partition's size.
    part = re.search(r"(\d+)-GPU NVLink partition per rack", s.get("intra_node") or "")
    per_node = int(part.group(1)) if part and kind in ("GB200", "GB300") else 0
    # wave CK: a run the source says crosses NVLink domains runs on nodes of its GPUs per node.
    if kind in ("GB200", "GB300") and "cross-nvlink-domain" in (s.get("fabric") or "").lower():
        per_node = int(s["gpus_per_node"])
    # wave CL: from this wave on, a multi-node run with fewer GPUs per node than the rig's board
    # runs on nodes of the source's size with the board's NIC per GPU.
    if cid >= "CL" and s.get("gpus_per_node") and int(s["gpus_per_node"]) < gpus:
        per_node = int(s["gpus_per_node"])
    # wave CQ: GB200 / GB300 trays over RDMA only, and runs over two NVL72 domains.
    if cid in CQ_TRAY_NODES:
        per_node = int(s["gpus_per_node"])
    elif cid in CQ_TWO_DOMAINS:
        per_node = gpus // 2
    elif cid.startswith("CQ") and kind in ("GB200", "GB300"):
        per_node = 0  # one NVL72 domain with multi-node NVLink: the catalog rack
    elif cid in ONE_DOMAIN:
        per_node = 0  # waves CY and DA: the CQ rule for one NVL72 domain
    out.append("  {%s, %s, %s, %s, HwKind::%s, %d, %d, CollectiveKind::%s, %d, %r, %r, %s}," % (
        json.dumps(cid), json.dumps(cid + re.sub(r"[^A-Za-z0-9]", "", c["collective"].title())),
        json.dumps(what), json.dumps("%s (%s), %s - %s" % (src["title"], src.get("year", ""),
                                                          src.get("where", ""), src["url"])),
        kind, gpus, per_node, COLLECTIVE[c["collective"]], size, float(busbw[0]["value"]),
        float(first.get(cid, {}).get("value", 0.0)), algorithms(c)))

# A measurement collected twice would count twice: two rows of one collective, size and GPU
# count whose bus bandwidth agrees to four or more significant digits are refused (session 15).
seen = {}
for line in out:
    f = [x.strip() for x in line.rsplit(", {", 1)[0].split(",")]
    key = (f[-4], f[-3], f[-6], f[-5], f[-2])  # collective, size, GPUs, per node, busbw
    if len(("%.10g" % float(f[-2])).replace(".", "").strip("0")) >= 4 and key in seen:
        raise SystemExit("make_collective_cases.py: %s and %s print the same bus bandwidth for the "
                         "same call: exclude the later one" % (seen[key], f[0].lstrip("{ ")))
    seen.setdefault(key, f[0].lstrip("{ "))

lines = ["// Generated by tests/validation/make_collective_cases.py from collective_cases.json"
         " and collective_cases_wave2.json - _wave33.json - do not edit.",
         "// clang-format off",
         "const CollectiveRow kCollectiveRows[] = {"] + out + ["};", "// clang-format on",
                                                               "// Not expressible (%d):" % len(skipped)]
lines += ["//   %s: %s" % s for s in skipped]
write_table(os.path.join(HERE, "collective_cases.inc"), "\n".join(lines) + "\n")
print(len(out), "cases,", len(skipped), "skipped")
for s in skipped:
    print(" skip", *s)
