"""Lesson 9: write the network yourself, and check it.

Made by `make notebooks` from course/lessons/09_exercises.md: edit that file, not this one.
Run it: python -m scratchnet.lessons.exercises
"""

# *From the steps of tutorial 003 (Sunil Ray, "Understanding and Coding Neural Networks From
# Scratch in Python and R"), and the checkers of this repository.*
#
# **What you will learn**
#
# - to write `forward`, `backward`, `update_params` and `train` yourself, step by step
# - to read a checker's verdict: the first step that differs, both values, and the mistake it
#   looks like
#
# **What you need to know**
#
# - lesson 8 (every step and its shape); keep the [glossary](../reference/glossary.md) and the
#   [numpy <-> R cheat-sheet](../reference/cheat-sheet.md) open
#
# Each function below is a blank: its first lines say what it takes and what it must return,
# then it stops with "your code here". Run its cell: the checker runs your function on two small
# problems (no square matrices, so a transposed one cannot hide), compares every piece it returns
# with the package's own, in step order, and prints one verdict. Fill in the blank, run the cell
# again, and read the new verdict. The four build on each other: `my_train` calls the other three.
#
# ## The problem your functions will see
#
# The checkers make their own problems, but you may want to try yours by hand first: the toy data
# (3 samples, 4 inputs, 1 output) and start weights from seed 42, with the shapes the blanks
# speak of. Rows are samples: `X` is n x d, `wh` d x h, `bh` 1 x h, `wout` h x k, `bout` 1 x k.

import numpy as np

import scratchnet as sn

seed, hidden = 42, 3
toy = sn.load_dataset("toy")
X, y = toy["X"], toy["y"]
params = sn.init_params(X.shape[1], hidden, y.shape[1], seed=seed)
for name in ("wh", "bh", "wout", "bout"):
    print(name, params[name].shape)

# ## Forward: steps 2 to 4


def my_forward(X, params):
    """Steps 2-4 on X (n, d) with params wh (d, h), bh (1, h), wout (h, k), bout (1, k).

    Return a dict of four arrays: hidden_layer_input (n, h), hidden_activations (n, h),
    output_layer_input (n, k) and output (n, k). numpy adds a (1, h) bias to every row.
    """
    raise NotImplementedError("your code here")


passed = sn.check_forward(my_forward)

# ## Backward: steps 5 to 11
#
# `cache` is what a forward pass returned. The changes are **minus** the gradient of the summed
# half squared error (lesson 8), so the update will *add* them; the bias changes are sums over
# the samples (down each column: numpy's `axis=0`, R's `colSums`), one number per unit.


def my_backward(X, y, params, cache):
    """Steps 5-11. y is (n, k); cache holds hidden_activations (n, h) and output (n, k).

    Return a dict of ten arrays: E, slope_output, d_output (n, k); slope_hidden,
    error_hidden, d_hidden (n, h); dwout (h, k), dbout (1, k), dwh (d, h), dbh (1, h)
    (for the bias changes, the 1-D sums (k,) and (h,) will do).
    """
    raise NotImplementedError("your code here")


passed = sn.check_backward(my_backward)

# ## The update: steps 10 and 11, applied


def my_update_params(params, grads, lr):
    """Steps 10-11: each of wh, bh, wout, bout plus lr times its change (dwh, dbh, ...).

    Return NEW parameters, a dict with the same four names and shapes; leave params as it was.
    """
    raise NotImplementedError("your code here")


passed = sn.check_update(my_update_params)

# ## Training: the loop
#
# Each epoch: a forward pass, the loss **from that pass, before the update**, a backward pass,
# and the update, whose result you keep. The loss is half the mean square of the error,
# mean((y - output)^2) / 2, so lesson 1's MSE is twice the loss.


def my_train(X, y, params, lr, epochs):
    """Train for epochs epochs with my_forward, my_backward and my_update_params.

    Return {"params": the trained parameters, "loss": the epochs' losses, in order}.
    """
    raise NotImplementedError("your code here")


passed = sn.check_train(my_train)

# ## What a verdict says when something is wrong
#
# Here is tutorial 003's own mistake, made on purpose: the hidden bias change summed along each
# row (over the hidden units) instead of down each column (over the samples). The checker names
# the first step that differs and what differs (here the shape: 5 numbers, one per sample of its
# problem, where 4, one per hidden unit, belong; where the values differ it prints the entry and
# both values), and the mistake it looks like.


def rows_backward(X, y, params, cache):
    grads = sn.backward(X, y, params, cache)
    grads["dbh"] = grads["d_hidden"].sum(axis=1)  # over units: one number per sample
    return grads


passed = sn.check_backward(rows_backward)

# **What to try next**
#
# - Fill in each blank until every checker passes; the solutions are in `course/solutions/` of
#   the repository, but read a verdict first.
# - Make a classic mistake on purpose in your `my_backward` and read the verdict: `E = output - y`
#   (a flipped sign), `slope_output` from `output_layer_input` (the pre-activation), or step 9
#   without `slope_hidden`.
# - In `my_train`, call `my_update_params(params, grads, lr)` without keeping its result, or
#   record the loss after the update: each gets its own hint.
# - Add the bias wrongly on purpose in `my_forward`: in R as `X %*% params$wh + params$bh` (R
#   refuses to add a 1 x h matrix to an n x h one), in Python as `X @ params["wh"] + params["bh"].T`
#   (an h x 1 column, which numpy cannot add to every row). Each gets a hint on how to add a bias
#   to every row.
#
# Keep open: [glossary](../reference/glossary.md), [numpy <-> R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).
