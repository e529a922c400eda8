"""scratchnet: a one-hidden-layer sigmoid network, written to be read.

The same network lives in R (the R package ``scratchnet``); both start from
the same seed with the same weights, bit for bit, and compute the same
numbers. The learning path, in order:

1. the course: ``python -m scratchnet course DIR`` (or ``write_course(DIR)``)
   writes its nine lessons as notebooks to open and edit, from one neuron to
   the network, a derivation of backpropagation and exercises; each also
   runs as a script: ``python -m scratchnet.lessons.neuron``, then
   ``perceptron``, ``single_layer``, ``gender_sgd``, ``xor_mlp``,
   ``batch_vs_stochastic``, ``notebook``, ``derivation`` and ``exercises``
   (``help(scratchnet.lessons)`` lists them);
2. ``scratchnet.network``: the network, steps 0-11, with ``train``;
3. ``scratchnet.rng``: one seed, the same start weights in both languages;
4. ``scratchnet.experiments``: ``run_experiment``, the recipe every run uses;
5. ``scratchnet.fast``: the same network rearranged for speed;
6. ``scratchnet.exercises``: write your own ``forward``, ``backward``,
   ``update_params`` and ``train``, and ``check_forward(your_forward)`` says
   which step, if any, is wrong.

From the shell: ``python -m scratchnet --help``.

>>> import scratchnet as sn
>>> run = sn.run_experiment("toy")
>>> data = sn.load_dataset("toy")
>>> params = sn.init_params(4, 3, 1, seed=42)
>>> trained = sn.train(data["X"], data["y"], params, lr=0.1, epochs=5000)
"""

from scratchnet.cli import main
from scratchnet.course import write_course
from scratchnet.datasets import (
    apply_scaling,
    dataset_names,
    fit_scaling,
    load_dataset,
    min_max_scale,
    read_dataset,
    shared_data_dir,
)
from scratchnet.errors import ScratchnetError
from scratchnet.exercises import (
    check_backward,
    check_forward,
    check_train,
    check_update,
    exercise_problem,
)
from scratchnet.experiments import load_experiments, run_experiment, split_rows
from scratchnet.fast import train_fast
from scratchnet.layers import (
    Linear,
    ReLU,
    Sigmoid,
    make_mlp,
    mlp_backward,
    mlp_forward,
    mlp_params,
    relu,
    relu_slope,
    train_per_sample,
)
from scratchnet.model import load_model, model_from_run, predict_model, save_model
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
from scratchnet.neuron import (
    binary_cross_entropy,
    gradient_descent_step,
    mse_loss,
    mse_slope,
    neuron_output,
    train_single_layer,
)
from scratchnet.perceptron import (
    perceptron_output,
    step_function,
    train_perceptron,
    weighted_sum,
)
from scratchnet.rng import check_seed, numpy_legacy_random, runif_from_seed
from scratchnet.trace import trace_epoch, trace_lines
from scratchnet.variants import train_recording, train_sgd, train_without_biases

_PLOTS = ("plot_decision_boundary", "plot_learning", "plot_loss_curves", "plot_network")


def __getattr__(name: str) -> object:
    """The plotting functions, imported on first use: matplotlib is slow to load."""
    if name in _PLOTS:
        from scratchnet import plots

        return getattr(plots, name)
    raise AttributeError(f"module 'scratchnet' has no attribute '{name}'")


# The public API: what a learner, a lesson or the command line calls. The R
# package exports the same names (ScratchnetError is scratchnet_error there,
# PARAM_NAMES is param_names); a test checks that the lists agree.
__all__ = [
    "PARAM_NAMES",
    "Linear",
    "ReLU",
    "ScratchnetError",
    "Sigmoid",
    "accuracy",
    "apply_scaling",
    "backward",
    "binary_cross_entropy",
    "check_backward",
    "check_forward",
    "check_seed",
    "check_train",
    "check_update",
    "dataset_names",
    "exercise_problem",
    "fit_scaling",
    "forward",
    "gradient_descent_step",
    "init_params",
    "load_dataset",
    "load_experiments",
    "load_model",
    "loss",
    "main",
    "make_mlp",
    "min_max_scale",
    "mlp_backward",
    "mlp_forward",
    "mlp_params",
    "model_from_run",
    "mse_loss",
    "mse_slope",
    "neuron_output",
    "numpy_legacy_random",
    "output_error",
    "perceptron_output",
    "plot_decision_boundary",
    "plot_learning",
    "plot_loss_curves",
    "plot_network",
    "predict_model",
    "predict_output",
    "read_dataset",
    "relu",
    "relu_slope",
    "run_experiment",
    "runif_from_seed",
    "save_model",
    "shared_data_dir",
    "sigmoid",
    "sigmoid_slope",
    "split_rows",
    "step_function",
    "trace_epoch",
    "trace_lines",
    "train",
    "train_fast",
    "train_per_sample",
    "train_perceptron",
    "train_recording",
    "train_sgd",
    "train_single_layer",
    "train_without_biases",
    "update_params",
    "weighted_sum",
    "write_course",
]
