"""The lessons: every worked example of the four source tutorials, runnable.

Run one with ``python -m scratchnet.lessons.<name>``; each has an R twin in
``r/demo/<name>.R`` that prints the same lines. In learning order:

1. ``neuron`` (tutorial 002)            5. ``xor_mlp`` (001)
2. ``perceptron`` (001)                 6. ``batch_vs_stochastic`` (003)
3. ``single_layer`` (000)               7. ``notebook`` (003)
4. ``gender_sgd`` (002)

Each lesson module has ``run()``, which computes (with the package's own
functions), ``lines(result)``, which formats, and ``main()``, which prints.
"""

LESSONS = [
    "neuron",
    "perceptron",
    "single_layer",
    "gender_sgd",
    "xor_mlp",
    "batch_vs_stochastic",
    "notebook",
]
