"""The AWS GPU instance a validation source names, as a rig kind of validation_test.cpp (`rig`).

Shared by make_training_cases.py and make_collective_cases.py (rule of session 15, written
before any prediction of collective wave CD or training wave 22): a run on a named AWS GPU
instance prices on that instance's catalog node (Systems.Nodes.P4d_24xlarge, P4de_24xlarge,
P5_48xlarge, P5en_48xlarge, P6_B200_48xlarge; session 16: P6_B300_48xlarge) and its EFA fabric,
which carry the EFA cards and the latency AWS's NCCL plugin reports; an H100 run whose network is
stated as "EFA v2" is a p5 (the only H100 instance with EFA v2 in AWS's EFA table). Instances with
no catalog node (p5e, p6e-gb200) return "none".
"""


def aws_kind(text):
    """`text`: the device, node and network descriptions, any case. Returns a kind name, "none"
    (an AWS instance the catalog has no node for) or None (not an AWS GPU instance)."""
    t = text.lower()
    for key, kind in (("p6-b200", "AwsP6B200"), ("p6-b300", "AwsP6B300"), ("p6e-gb200", "none"),
                      ("p5en", "AwsP5en"), ("p5e.", "none"), ("p5.48xlarge", "AwsP5"),
                      ("p4de", "AwsP4de"), ("p4d.24xlarge", "AwsP4d")):
        if key in t:
            return kind
    if "h100" in t and "efa v2" in t:
        return "AwsP5"
    return None
