"""scratchnet: a one-hidden-layer sigmoid network, written to be read.

The same network lives in R under ``r/``; both start from the same seed with
the same weights, bit for bit, and the harness in ``tests/`` checks that they
compute the same thing.

>>> import scratchnet as sn
>>> data = sn.load_dataset("toy", sn.shared_data_dir())
>>> params = sn.init_params(4, 3, 1, seed=42)
>>> result = sn.train(data["X"], data["y"], params, lr=0.1, epochs=5000)
"""

from scratchnet.datasets import (
    dataset_names,
    load_dataset,
    load_experiments,
    read_dataset,
    shared_data_dir,
)
from scratchnet.errors import ScratchnetError
from scratchnet.fast import train_fast
from scratchnet.network import (
    accuracy,
    backward,
    forward,
    init_params,
    loss,
    output_error,
    predict_output,
    sigmoid,
    sigmoid_slope,
    train,
    update_params,
)
from scratchnet.rng import check_seed, runif_from_seed

__all__ = [
    "ScratchnetError",
    "accuracy",
    "backward",
    "check_seed",
    "dataset_names",
    "forward",
    "init_params",
    "load_dataset",
    "load_experiments",
    "loss",
    "output_error",
    "predict_output",
    "read_dataset",
    "runif_from_seed",
    "shared_data_dir",
    "sigmoid",
    "sigmoid_slope",
    "train",
    "train_fast",
    "update_params",
]
