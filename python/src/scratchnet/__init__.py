"""scratchnet: a one-hidden-layer sigmoid network, written to be read.

The same network lives in R under ``r/``; both start from the same seed with
the same weights, bit for bit, and the harness in ``tests/`` checks that they
compute the same thing. Where to read, in order: ``network`` (the network,
steps 0-11), ``rng`` (one seed, the same start in both languages),
``experiments`` (the one recipe: load, start, train, predict), then the
lessons (``python -m scratchnet.lessons.neuron`` and on) and ``fast`` (the
same network rearranged for speed).

>>> import scratchnet as sn
>>> result = sn.run_experiment("toy")
>>> data = sn.load_dataset("toy")
>>> params = sn.init_params(4, 3, 1, seed=42)
>>> trained = sn.train(data["X"], data["y"], params, lr=0.1, epochs=5000)
"""

from scratchnet.datasets import (
    dataset_names,
    load_dataset,
    min_max_scale,
    read_dataset,
    shared_data_dir,
)
from scratchnet.errors import ScratchnetError
from scratchnet.experiments import load_experiments, run_experiment
from scratchnet.fast import train_fast
from scratchnet.network import (
    PARAM_NAMES,
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
    "PARAM_NAMES",
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
    "min_max_scale",
    "output_error",
    "predict_output",
    "read_dataset",
    "run_experiment",
    "runif_from_seed",
    "shared_data_dir",
    "sigmoid",
    "sigmoid_slope",
    "train",
    "train_fast",
    "update_params",
]
