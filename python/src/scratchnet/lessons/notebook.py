"""Lesson 7: the notebook walkthrough, one step at a time.

Run it: python -m scratchnet.lessons.notebook
"""

# *From tutorial 003: Sunil Ray, "Understanding and Coding Neural Networks From Scratch in Python and R" (Analytics Vidhya, 2017, updated 2020), its notebook part.*
#
# **What you will learn**
#
# - every intermediate of one epoch, steps 0 to 11, each array with its shape
# - what the network does without its biases, at two learning rates
# - to scale a dataset (moons) to [0, 1], train on it and draw its decision boundary
# - why a loss printed every 1000 epochs can hide what happens epoch by epoch
# - the tutorial's exercise, solved: three classes of blobs
#
# **What you need to know**
#
# - lessons 1 to 6: the neuron, the sigmoid, the half mean squared error, full-batch training
#
# The tutorial's notebook debugs the network the way a programmer debugs code: it runs one epoch by hand and prints every array and its shape. This lesson does the same, one or two steps per cell, with tutorial 003's toy data. One difference: the notebook transposes its data so that each *column* is a sample; here, as in the tutorial's first program and in the package, each *row* is a sample, so every shape below is the transpose of the notebook's.
#
# ## Step 0: the data
#
# Three samples of four inputs each, and one target per sample. `X` is n * d, `(3, 4)` here, and `y` is n * k, `(3, 1)`.

import matplotlib.pyplot as plt
import numpy as np

import scratchnet as sn

toy = sn.load_dataset("toy")
X, y = toy["X"], toy["y"]  # one row per sample
print("X", X.shape)
print(X)
print("y", y.shape)
print(y)

# ## Step 1: the start weights
#
# One hidden layer of three units. `init_params` draws every weight and bias uniformly between 0 and 1 from a seed (the same seed, the same numbers): `wh` is d * h (one column per hidden unit), `bh` 1 * h, `wout` h * k and `bout` 1 * k.

seed = 42  # another seed draws other start weights
n_hidden = 3  # hidden units
params = sn.init_params(X.shape[1], n_hidden, y.shape[1], seed=seed)
wh, bh = params["wh"], params["bh"]
wout, bout = params["wout"], params["bout"]
for name in sn.PARAM_NAMES:
    print(name, params[name].shape)
    print(params[name])

# ## Steps 2 and 3: the hidden layer
#
# Step 2 multiplies the inputs by the hidden weights and adds the hidden biases: an n * d matrix times a d * h one (`X @ wh`) is n * h, one row per sample, one column per hidden unit, and `bh` is added to every row (numpy stretches the 1 * h row `bh` over the n rows by itself, *broadcasting* it). Step 3 squashes each entry with the sigmoid.

# Step 2: hidden layer input = X . wh + bh
hidden_layer_input = X @ wh + bh
# Step 3: hidden activations = sigmoid(hidden layer input)
hidden_activations = sn.sigmoid(hidden_layer_input)
print("hidden_layer_input", hidden_layer_input.shape)
print(hidden_layer_input)
print("hidden_activations", hidden_activations.shape)
print(hidden_activations)

# ## Step 4: the output, and how wrong it is
#
# The same again, one layer up: n * h times h * k is n * k, plus `bout`, then the sigmoid. The untrained network says about 0.9 for every sample: close to the targets of the first two samples (1), far from the third's (0). The loss is half the mean of the squared differences.

# Step 4: output = sigmoid(hidden activations . wout + bout)
output_layer_input = hidden_activations @ wout + bout
output = sn.sigmoid(output_layer_input)
print("output", output.shape)
print(output)
print(f"loss: {sn.loss(y, output):.6f}")

# ## Steps 5 to 7: the error and the output delta
#
# Step 5 is the error, target minus output. Step 6 is the slope of each layer's sigmoid, computed from its *activation* a as a(1 - a). Step 7 multiplies them entry by entry: the output delta, how much and which way each output should move.

E = y - output  # Step 5
slope_output = sn.sigmoid_slope(output)  # Step 6, from the activations
slope_hidden = sn.sigmoid_slope(hidden_activations)
d_output = E * slope_output  # Step 7, entry by entry
for name, value in [("E", E), ("slope_output", slope_output), ("d_output", d_output)]:
    print(name, value.shape)
    print(value)

# ## Steps 8 and 9: the error sent back to the hidden layer
#
# Each hidden unit fed the output through its weight in `wout`, so it gets its share of the output delta through that weight: `d_output` (n * k) times the transpose of `wout` (k * h, `wout.T`) is n * h. Step 9 multiplies by the hidden slope.

error_hidden = d_output @ wout.T  # Step 8
d_hidden = error_hidden * slope_hidden  # Step 9
for name, value in [("error_hidden", error_hidden), ("d_hidden", d_hidden)]:
    print(name, value.shape)
    print(value)

# ## Steps 10 and 11: the update
#
# Each weight moves by the learning rate times its change. A change is *minus* the gradient of the half squared error summed over the samples, so the update adds it (lesson 4 showed the sign; lesson 8 derives it). The change of `wout` is `hidden_activations.T @ d_output`, h * n times n * k = h * k, the shape of `wout`; the change of `wh` is `X.T @ d_hidden`, d * h. A bias is added to every sample, so its change is its delta summed over the samples, down each column (for `bout`, `d_output.sum(axis=0)`).

lr = 0.1  # the learning rate
wout_new = wout + hidden_activations.T @ d_output * lr  # Step 10
wh_new = wh + X.T @ d_hidden * lr
bout_new = bout + d_output.sum(axis=0, keepdims=True) * lr  # Step 11
bh_new = bh + d_hidden.sum(axis=0, keepdims=True) * lr
for name, value in [("wout", wout_new), ("wh", wh_new), ("bout", bout_new), ("bh", bh_new)]:
    print(name, "(new)", value.shape)
    print(value)

# ## The same epoch, by the package
#
# The package's `forward`, `backward` and `update_params` are these very steps. Run them on the same start, and the new weights are ours exactly (the largest difference is 0); the loss after this one epoch is a little lower. `trace_lines(trace_epoch(...))` prints every array of the epoch at once; here only its headings, as a summary: each step, its array and its shape.

new = sn.update_params(params, sn.backward(X, y, params, sn.forward(X, params)), lr)
ours = {"wh": wh_new, "bh": bh_new, "wout": wout_new, "bout": bout_new}
for name in sn.PARAM_NAMES:
    print(f"{name}: largest difference {np.max(np.abs(new[name] - ours[name])):g}")
print(f"loss after one epoch: {sn.loss(y, sn.predict_output(X, new)):.6f}")
trace = sn.trace_lines(sn.trace_epoch(X, y, params, lr))
print("\n".join(line for line in trace if line.startswith("step")))

# ## Without biases
#
# The tutorial's notebook leaves the biases out "for simplicity", and trains for 1000 epochs with a learning rate of 0.01. `train_without_biases` does that: the same steps, with `bh` and `bout` held at zero. Here it runs at the notebook's rate and at ten times it, from the same start weights; the loss every 100 epochs. Its first loss, 0.121578, is not the 0.136773 of step 4: the start weights are the same, but without their biases the outputs are other numbers. The last two lines look at the run at the largest rate:

learning_rates = [0.01, 0.1]  # the notebook's rate, and ten times it
epochs = 1000
runs = {rate: sn.train_without_biases(X, y, params, rate, epochs) for rate in learning_rates}
for epoch in range(0, epochs, 100):
    print(f"epoch {epoch:4d}", *(f"{runs[rate]['loss'][epoch]:.6f}" for rate in learning_rates))
largest = runs[max(learning_rates)]  # the run at the largest rate
print("bh after training:", largest["params"]["bh"].ravel())
print("output after training:", sn.predict_output(X, largest["params"]).ravel().round(4))

# Both learn; the larger rate takes larger steps downhill and gets much further in 1000 epochs. The notebook plots its error to see how training went; the package's `plot_loss_curves` draws both runs on one axis (a log scale, so the later, smaller losses stay visible):

curves = {f"lr {rate:g}": runs[rate]["loss"] for rate in learning_rates}
sn.plot_loss_curves(curves, "toy data without biases")
plt.show()

# ## Moons, scaled to [0, 1]
#
# Next the notebook trains on a different dataset: two interleaving half-moons of 1000 points, two inputs each, and a target of 0 or 1. It first *normalises* the inputs: `min_max_scale` maps each column onto [0, 1] by subtracting its smallest value and dividing by its range, (x - min) / (max - min).

moons = sn.load_dataset("moons")
X_moons, y_moons = sn.min_max_scale(moons["X"]), moons["y"]
print("X", X_moons.shape, "y", y_moons.shape)
print("smallest of each column, before:", moons["X"].min(axis=0))
print("largest of each column, before: ", moons["X"].max(axis=0))
print("smallest and largest after:", X_moons.min(axis=0), X_moons.max(axis=0))

# ## Training on moons
#
# Ten hidden units this time, learning rate 0.01, 10000 epochs, full batch; the loss every 1000 epochs, as the notebook prints it, and the share of points on the right side of 0.5 at the end. Ten thousand passes over 1000 points take a while, so the moons runs use `train_fast`: the same steps 2-11 as `train`, rearranged for speed, giving the same numbers up to rounding (swap in `train`: the same numbers, a slower cell).

n_hidden_moons = 10
lr_moons = 0.01
epochs_moons = 10000
start_moons = sn.init_params(2, n_hidden_moons, 1, seed=seed)
moons_run = sn.train_fast(X_moons, y_moons, start_moons, lr_moons, epochs_moons)
for epoch in range(0, epochs_moons, 1000):
    print(f"Error at epoch {epoch} is {moons_run['loss'][epoch]:.5f}")
print(f"training accuracy: {100 * moons_run['accuracy']:.1f}%")

# The loss sits near 0.042 for thousands of epochs, then falls again: the network crosses a plateau, where most points are already right and the rest take a long time to find.
#
# ## The decision boundary
#
# Where the output crosses 0.5 the network changes its answer: that line is the *decision boundary*. `plot_decision_boundary` computes the output over a grid of the plane and colours it, with the points on top.

sn.plot_decision_boundary(X_moons, y_moons, moons_run["params"], "moons (scaled)")
plt.show()

# ## Every epoch, not every 1000th
#
# The loss printed every 1000 epochs fell every time. Epoch by epoch it does not: `np.diff(loss)` is each epoch's loss minus the one before, and a positive difference is a rise. Count them, list the epochs where the loss went up, and draw the first 60 epochs:

loss_moons = moons_run["loss"]
rises = np.diff(loss_moons) > 0
print("rises:", np.sum(rises))
print("epochs whose loss is above the one before:", np.nonzero(rises)[0] + 1)
plt.figure(figsize=(5, 3.5))
plt.plot(loss_moons[:60], marker=".")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title(f"moons, lr {lr_moons:g}: the first 60 epochs")
plt.show()

# For its first few dozen epochs the loss zig-zags: one epoch's step overshoots the bottom of the valley, the next comes back, until the steps settle. The update *sums* the changes over all 1000 samples, so a learning rate that is gentle for 3 samples takes big steps here.
#
# ## A larger learning rate
#
# Now five times the rate, lr 0.05, for 3000 epochs from the same start. Epoch by epoch, the two runs have little in common. First both losses every 100 epochs, up to epoch 300:

lr_large, epochs_large = 0.05, 3000
large = sn.train_fast(X_moons, y_moons, start_moons, lr_large, epochs_large)
fast, slow = large["loss"], loss_moons[:epochs_large]  # lr 0.05 and lr 0.01
for epoch in range(0, 301, 100):
    print(f"epoch {epoch}: lr {lr_moons:g} {slow[epoch]:.5f}, lr {lr_large:g} {fast[epoch]:.5f}")

# Then a few facts about all 3000 epochs of lr 0.05: whether the loss printed every 1000 epochs falls, how it compares with lr 0.01 early on, its rises epoch by epoch, and where it ends.

every_1000th = fast[::1000]
rise_epochs = np.nonzero(np.diff(fast) > 0)[0] + 1
worse_early = np.mean(fast[:1000] > slow[:1000]) > 0.5  # in most of the first 1000 epochs
print("each 1000th loss below the one before:", np.all(np.diff(every_1000th) < 0))
print(f"above lr {lr_moons:g} in most of the first 1000 epochs:", worse_early)
print("more than 100 rises:", rise_epochs.size > 100)
print("the last rise before epoch 1500:", rise_epochs[-1] < 1500)
print(f"last loss at lr {lr_moons:g}: {slow[-1]:.3f}")
print(f"last loss at lr {lr_large:g} below 0.001:", fast[-1] < 0.001)

# The picture of the 3000 epochs, on a log scale:

plt.figure(figsize=(5, 3.5))
plt.semilogy(slow, label=f"lr {lr_moons:g}")
plt.semilogy(fast, label=f"lr {lr_large:g}", linewidth=0.8)
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title(f"moons: the first {epochs_large} epochs")
plt.legend()
plt.show()

# The loss printed every 1000 epochs falls every time, as at lr 0.01; between the prints, the picture tells another story. The larger steps first throw the network out of the valley: by epoch 100 its loss is back up near 0.25, where it answers the same for every point, and it sits there for about 300 epochs, with a few short dips, while lr 0.01 is already down near 0.042. Then it falls to the same plateau as lr 0.01; in most of the first 1000 epochs it is the worse of the two. Only then does the larger rate pay: somewhere after epoch 1000 it leaves the plateau that lr 0.01 stays on, falling steeply in a thick band of rises and falls (each step overshoots and the next comes back), the last rise before epoch 1500; after that the loss falls smoothly, to below 0.001 by epoch 3000, where lr 0.01 is still at 0.042. A larger rate is not simply faster: here it is slower at first, and far better later.
#
# Why does the cell print no count of the rises, and no loss after epoch 300? This run is *chaotic*: at each jump the last digit of rounding decides how far the network is thrown, and the difference grows. This course runs in Python and in R, and numpy and R round differently in the last digit, so each language counts its own few hundred rises and leaves the plateau at its own epoch; only the coarse facts above are the same in both. At lr 0.01 rounding makes no visible difference.
#
# ## Exercise: blobs, solved
#
# The notebook ends with an exercise: train the same network on "blobs", points in three clusters. Three classes need three outputs: each target is a *one-hot* row, 1 in its class's column and 0 elsewhere, so `y` is n * 3 and `wout` h * 3. Nothing else changes: every step above works for any k. First the data, scaled as moons was:

blobs = sn.load_dataset("blobs")
X_blobs, y_blobs = sn.min_max_scale(blobs["X"]), blobs["y"]
print("X", X_blobs.shape, "y", y_blobs.shape)
print("first three targets:")
print(y_blobs[:3])

# The solution: train with 5 hidden units at lr 0.03 for 2000 epochs. A point counts as right when its largest output is in its class's column.

n_hidden_blobs = 5
lr_blobs = 0.03
epochs_blobs = 2000
start_blobs = sn.init_params(2, n_hidden_blobs, y_blobs.shape[1], seed=seed)
blobs_run = sn.train(X_blobs, y_blobs, start_blobs, lr_blobs, epochs_blobs)
every_500th = blobs_run["loss"][::500]  # epochs 0, 500, 1000, 1500
print("loss at epochs 0, 500, 1000, 1500:", " ".join(f"{v:.5f}" for v in every_500th))
print(f"training accuracy: {100 * blobs_run['accuracy']:.1f}%")

# With several outputs, the boundary picture colours each part of the plane by the class of the largest output:

sn.plot_decision_boundary(X_blobs, y_blobs, blobs_run["params"], "blobs (scaled)")
plt.show()

# **What to try next**
#
# - In the cell "Step 1: the start weights", set `seed = 7` and run the cells down to "The same epoch, by the package" again: every number changes, every shape stays, and the package still agrees with the steps written out (largest differences 0).
# - In the same cell, set `n_hidden = 5`: `wh` becomes (4, 5), `wout` (5, 1), and every hidden-layer array (3, 5); the summary's shapes say so.
# - In the cell "Without biases", add `1.0` to the list `learning_rates`: at ten times 0.1 the loss after 1000 epochs is lower still.
# - In the cell "Training on moons", train on the unscaled inputs `moons["X"]` with `lr_moons = 0.1`: the loss rises to 0.25 and stays there, the accuracy is 50%, and `train_fast` warns twice (the loss rose; the loss stalled): every output is pushed to 1, where the sigmoid's slope is about 0 and nothing more is learned. Scaled, the same rate learns.
# - In the same cell, set `epochs_moons = 5000`: the run ends on the plateau, with 88% of the points right, and `train_fast` warns that the loss stalled.
# - In the blobs training cell, set `n_hidden_blobs = 2`: three clusters this clear are still all classified right.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 7's code, made from the course's one source (course/lessons/07_notebook.md in the scratchnet repository).
