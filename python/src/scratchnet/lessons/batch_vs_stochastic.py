"""Lesson 6: full-batch versus stochastic gradient descent.

Run it: python -m scratchnet.lessons.batch_vs_stochastic
"""

# *From tutorial 003, Sunil Ray, "Understanding and Coding Neural Networks From Scratch in Python and R" (Analytics Vidhya, 2017, updated 2020).*
#
# **What you will learn**
#
# - the full-batch update of the package's network: one step per epoch, the changes summed over the samples
# - stochastic gradient descent (lesson 4's way): one step per sample, each sample seeing the weights the previous one moved
# - how the two compare from the same start, in numbers and in a picture, and why they are identical for one sample
#
# **What you need to know**
#
# - lessons 1 to 4, in particular `forward`, `backward` and `update_params` (lesson 4): `backward` returns each weight's *change*, minus the gradient of the summed half squared error (the sum over the samples), and `update_params` adds the learning rate times each change to its weight
#
# ## The toy problem and one start
#
# Tutorial 003's data: three samples of four inputs (rows are samples), targets 1, 1 and 0; a network with 3 hidden units, trained at learning rate 0.1 for 5000 epochs. Both ways start from the same weights: `init_params(d, h, k, seed)` draws every weight and bias of a network with d inputs, h hidden units and k outputs uniformly between 0 and 1, the same numbers from the same seed.

import matplotlib.pyplot as plt
import numpy as np

import scratchnet as sn

toy = sn.load_dataset("toy")
X, y = toy["X"], toy["y"]  # X (3, 4), y (3, 1)
seed = 42
hidden = 3
start = sn.init_params(X.shape[1], hidden, y.shape[1], seed=seed)
for row, (target,) in zip(X, y, strict=True):
    print(" ".join(f"{v:g}" for v in row), "->", f"{target:g}")

# ## A full-batch step sums the samples' changes
#
# `backward` on all of X at once gives each weight's change as a sum over the samples. Take `dwout`, the change of the hidden-to-output weights. It is built from two arrays with a row per sample: H, the hidden activations, and `d_output`, each sample's *output delta* (its error, target minus output, times the sigmoid's slope at its output: how hard, and which way, the sample pushes its output; lesson 7 computes both step by step). `dwout` is H^T * d_output (`H.T @ d_output`), and each entry of that product adds up one term per sample (lesson 8 writes the sum out); `dbout` is `d_output` summed over the rows (`d_output.sum(axis=0)`). So the full-batch change is exactly the three one-sample changes added, all taken at the *same* weights:

grads = sn.backward(X, y, start, sn.forward(X, start))  # all three samples at once
summed = np.zeros_like(grads["dwout"])
for i in range(X.shape[0]):
    x, target = X[i : i + 1], y[i : i + 1]  # one sample, as a (1, 4) array
    summed += sn.backward(x, target, start, sn.forward(x, start))["dwout"]
print("full batch dwout:      ", np.round(grads["dwout"][:, 0], 6))
print("the three samples' sum:", np.round(summed[:, 0], 6))

# ## A stochastic epoch moves between samples
#
# Stochastic gradient descent takes the same three changes one at a time and updates after each, so the second sample's change is computed at weights the first has already moved. That is the whole difference. One epoch written out, then the package's `train_sgd` for one epoch, and one full-batch step, compared on `wout`:

lr = 0.1  # tutorial 003's learning rate
params = start
for i in range(X.shape[0]):  # one update per sample, in order
    x, target = X[i : i + 1], y[i : i + 1]
    # this sample's change, at the weights the previous samples moved
    change = sn.backward(x, target, params, sn.forward(x, params))
    params = sn.update_params(params, change, lr)
one_sgd_epoch = sn.train_sgd(X, y, start, lr, 1)["params"]
one_batch_step = sn.update_params(start, grads, lr)
print("stochastic, by hand:  ", np.round(params["wout"][:, 0], 8))
print("stochastic, train_sgd:", np.round(one_sgd_epoch["wout"][:, 0], 8))
print("full batch, one step: ", np.round(one_batch_step["wout"][:, 0], 8))

# ## 5000 epochs each way
#
# `train` (full batch) and `train_sgd` (stochastic) from the same start, at the same rate, for tutorial 003's 5000 epochs. Each records the loss, half the mean squared error over the three samples, at the start of every epoch.

lr = 0.1
epochs = 5000
batch = sn.train(X, y, start, lr, epochs)
stochastic = sn.train_sgd(X, y, start, lr, epochs)
print("epoch   full batch   stochastic")
for epoch in [*range(0, epochs, 1000), epochs - 1]:  # and the last epoch
    print(f"{epoch:5d}   {batch['loss'][epoch]:.8f}   {stochastic['loss'][epoch]:.8f}")
gap = np.max(np.abs(batch["loss"] - stochastic["loss"]))
print(f"largest gap between the two losses: {gap:.6f}")

# The package's `plot_loss_curves` draws both on a log scale, the second dashed over the first; given no file name, it draws here. You will not tell the two curves apart, and that is the point: the largest gap printed above is far too small to see at this scale.

sn.plot_loss_curves(
    {"full batch": batch["loss"], "stochastic": stochastic["loss"]},
    "toy: full batch versus stochastic gradient descent",
)
plt.show()

# ## Where they end
#
# Both networks have learned the three targets; tutorial 003's full-batch run ends close to 0.98, 0.97 and 0.05 from its own random start.

batch_output = sn.predict_output(X, batch["params"])[:, 0]
stochastic_output = sn.predict_output(X, stochastic["params"])[:, 0]
print("full batch   stochastic   target")
for b, s, (target,) in zip(batch_output, stochastic_output, y, strict=True):
    print(f"{b:.8f}   {s:.8f}   {target:g}")
print("tutorial 003's full batch: close to 0.98, 0.97, 0.05")

# ## With one sample, they are the same
#
# With a single sample, a full-batch epoch is one update on that sample, and so is a stochastic epoch: the two ways are the same algorithm, and compute the same numbers to the last bit.

X1, y1 = X[:1], y[:1]  # the first sample alone
start1 = sn.init_params(X.shape[1], hidden, 1, seed=seed)
batch1 = sn.train(X1, y1, start1, lr, 20)
stochastic1 = sn.train_sgd(X1, y1, start1, lr, 20)
loss_gap = np.max(np.abs(batch1["loss"] - stochastic1["loss"]))
wh_gap = np.max(np.abs(batch1["params"]["wh"] - stochastic1["params"]["wh"]))
print(f"largest difference in loss: {loss_gap:g}, in wh: {wh_gap:g}")

# **What to try next**
#
# - In the cell of the 5000 epochs, set `lr = 0.01` (and run the cells after it): both learn far less in 5000 epochs, and the largest gap between the curves shrinks, because smaller steps move the weights less between one sample and the next.
# - Set `lr = 1.0` there instead: both learn faster, and the gap grows.
# - In the first cell, set `hidden = 10` and run every cell: another start and a bigger network, both ways still ending within a few thousandths of each other.
# - In the last cell, add `import inspect` and `print(inspect.getsource(sn.train_sgd))`, then the same for `sn.train`: the two loops make the same three calls, `_forward`, `_backward` and `_update_params` (the twins of `forward`, `backward` and `update_params` that skip checking their arguments), `train` once an epoch on all of X, `train_sgd` once for each sample within the epoch.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 6's code, made from the course's one source (course/lessons/06_batch_vs_stochastic.md in the scratchnet repository).
