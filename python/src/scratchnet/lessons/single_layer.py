"""Lesson 3: a single-layer network and the arithmetic of learning.

Run it: python -m scratchnet.lessons.single_layer
"""

# *From tutorial 000: a blog post on a single-layer sigmoid network in NumPy (a toy problem of four samples with three inputs each, started from `np.random.seed(42)`); its author was not preserved.*
#
# **What you will learn**
#
# - a network with no hidden layer, trained by gradient descent, written out line by line
# - how the tutorial's random start, numpy's seed 42, is rebuilt exactly without touching numpy's global state
# - why the sigmoid's slope is computed from its *output*
# - binary cross-entropy, and one gradient-descent step done by hand
#
# **What you need to know**
#
# - lessons 1 and 2
# - what a logarithm is, and what the slope (the *derivative*) of a curve at a point is: how fast its value changes as its input moves; this lesson measures one
#
# ## The data and the random start
#
# Tutorial 000 has four samples of three inputs each (the rows of `X`, shape (4, 3)) and one target each (`y`, shape (4, 1)): the target is the first input. The network is a single sigmoid neuron with three weights and no bias, so `weights` is a (3, 1) array. The tutorial starts them at random, in Python: `np.random.seed(42)` and `2 * np.random.random((3, 1)) - 1`, three numbers between -1 and 1. `numpy_legacy_random(n, seed)` gives the first `n` numbers of numpy's generator after that seed, without touching numpy's global state.

import matplotlib.pyplot as plt
import numpy as np

import scratchnet as sn

data = sn.load_dataset("single_layer")
X, y = data["X"], data["y"]  # X (4, 3), y (4, 1): rows are samples
seed = 42
start = 2 * sn.numpy_legacy_random(3, seed).reshape(3, 1) - 1  # (3, 1), in [-1, 1)
print("X:", " | ".join(" ".join(f"{v:g}" for v in row) for row in X))
print("y:", " ".join(f"{v:g}" for v in y[:, 0]))
print("start weights:", " ".join(f"{v:.8f}" for v in start[:, 0]))

# ## Exactly the tutorial's numbers
#
# To 17 significant digits (enough to pin down a double exactly), these are the very numbers the tutorial's own call gives. This cell makes numpy's call, for whatever `seed` is, and compares.

np.random.seed(seed)  # noqa: NPY002 - the tutorial's own legacy call, on purpose
tutorial_start = 2 * np.random.random((3, 1)) - 1  # noqa: NPY002
print("numpy_legacy_random:", " ".join(f"{v:.17g}" for v in start[:, 0]))
print(f"numpy, seed {seed}:", " ".join(f"{v:.17g}" for v in tutorial_start[:, 0]))
print("the same, bit for bit:", np.array_equal(start, tutorial_start))

# ## Training, written out
#
# Each epoch of the tutorial's loop: the forward pass, `output = sigmoid(X @ weights)`, shape (4, 1), one prediction per sample; the error, `y - output`; and the update, `weights = weights + X.T @ (error * slope)` (`X.T` is `X` transposed), where the slope of the sigmoid is `output * (1 - output)`. The learning rate is 1 and there is no bias; why this update lowers the error is the last section's gradient descent. Every 1000 epochs it prints the mean absolute error. The tutorial prints the output after training as [[0.00966808] [0.00786589] [0.99358863] [0.99211705]]: the last epoch's predictions, close to the targets 0, 0, 1, 1. The cell also prints the weights it ends with.

epochs = 10000
print_every = 1000
weights = start.copy()
for epoch in range(epochs):
    output = sn.sigmoid(X @ weights)  # forward: (4, 1)
    error = y - output
    if epoch % print_every == 0:
        print(f"Error at iteration {epoch}: {np.mean(np.abs(error)):.8f}")
    adjustment = error * sn.sigmoid_slope(output)  # slope from the OUTPUT
    weights = weights + X.T @ adjustment  # (3, 4) @ (4, 1): (3, 1)
print("Output after training:")
print(output)
print("weights after training:", " ".join(f"{v:.8f}" for v in weights[:, 0]))

# ## The same with `train_single_layer`
#
# The package's `train_single_layer(X, y, weights, epochs)` is that loop. It returns the trained weights, each epoch's mean absolute error and the last epoch's output. Same start, same numbers; the tutorial's eight printed digits, to the last one. The error falls fast, then slowly: the picture has a logarithmic axis.

trained = sn.train_single_layer(X, y, start, epochs)
tutorial = np.array([[0.00966808], [0.00786589], [0.99358863], [0.99211705]])
last = trained["last_output"]
print("largest difference from the loop:", np.max(np.abs(last - output)))
print("the tutorial's digits:", np.array_equal(np.round(last, 8), tutorial))
plt.figure(figsize=(5, 3.5))
plt.semilogy(trained["mean_abs_error"])
plt.xlabel("epoch")
plt.ylabel("mean absolute error")
plt.show()

# ## The slope comes from the output
#
# The tutorial calls its slope `sigmoid_derivative(x)` and computes `x * (1 - x)`. That is the sigmoid's derivative only when `x` is the sigmoid's *output*, as in the loop above; given the total z itself, it is simply wrong. The package names it for what it takes: `sigmoid_slope(activation)`. At z = 2, compare both with the slope measured directly, (sigmoid(z + h) - sigmoid(z - h)) / 2h:

z = 2.0
h = 1e-6
print(f"sigmoid_slope(sigmoid(z)) = {sn.sigmoid_slope(sn.sigmoid(z)):.6f}")
measured = (sn.sigmoid(z + h) - sn.sigmoid(z - h)) / (2 * h)
print(f"measured slope            = {measured:.6f}")
print(f"z * (1 - z), the mistake  = {z * (1 - z):.6f}")

# ## A forward pass with a bias
#
# The tutorial's second example is a neuron with one input, weight w = 0.5 and bias b = -0.2, on input 100: sigmoid(100 * 0.5 - 0.2) = sigmoid(49.8). The true value falls short of 1 by about e^(-49.8), some 2.4e-22: far less than a double can tell apart from 1, so the sigmoid gives exactly 1.

w, b = 0.5, -0.2
x_in = 100.0
prediction = sn.sigmoid(x_in * w + b)
print(f"sigmoid({x_in * w + b:g}) = {prediction:.16g}")
print(f"1 - prediction = {1 - prediction:g}")
print(f"e^-{x_in * w + b:g} = {np.exp(-(x_in * w + b)):.2g}")

# ## Binary cross-entropy
#
# For a label t (0 or 1) and a predicted probability p, binary cross-entropy is -(t * log(p) + (1 - t) * log(1 - p)): small when p is close to t, large when it is far. The tutorial's spam example: label 1 and p = 0.9 gives -log(0.9) = 0.105361; label 0 and p = 0.9 gives -log(0.1) = 2.302585. And suppose the forward pass above, whose prediction is exactly 1, was about an example whose label is 0: the prediction is certain and wrong, an infinite loss (log(0) is minus infinity). `binary_cross_entropy(t, p)` computes the same, and counts a term whose factor is 0 as 0.

for label, prob in [(1.0, 0.9), (0.0, 0.9)]:
    by_hand = -(label * np.log(prob) + (1 - label) * np.log(1 - prob))
    package = sn.binary_cross_entropy(label, prob)
    print(f"label {label:g}, p {prob:g}: {by_hand:.6f}   binary_cross_entropy: {package:.6f}")
infinite = sn.binary_cross_entropy(0.0, prediction)
print(f"label 0, p {prediction:g}: binary_cross_entropy = {infinite:g}")

# ## One gradient-descent step, by hand
#
# A parameter's *gradient* is the slope of the loss as that parameter alone moves: positive when raising the parameter raises the loss. Gradient descent moves each parameter a small step *against* its gradient, downhill: w_new = w - alpha * dw and b_new = b - alpha * db, where the learning rate alpha sets the step's size. The tutorial's example: alpha = 0.01, dw = -10 and db = -5, from w = 0.5 and b = -0.2. `gradient_descent_step(value, gradient, alpha)` is the same subtraction.

alpha = 0.01
dw, db = -10.0, -5.0
w_new = w - alpha * dw
b_new = b - alpha * db
w_step = sn.gradient_descent_step(w, dw, alpha)
b_step = sn.gradient_descent_step(b, db, alpha)
print(f"w: {w:g} -> {w_new:g}   gradient_descent_step: {w_step:g}")
print(f"b: {b:g} -> {b_new:g}   gradient_descent_step: {b_step:g}")
print(f"b changed by {b_new - b:+g}")

# The tutorial says this step increases w and *decreases* b. It increases both: -0.15 is larger than -0.2. Both gradients are negative, so both steps go up; a parameter goes down only when its gradient is positive.
#
# The loop of "Training, written out" took such steps too, with alpha = 1, but it *adds* `X.T @ (error * slope)`. That is because what it adds is *minus* the gradient of the summed half squared error, the sum over the samples of (y - output)^2/2: subtracting a gradient and adding minus it are the same step. Lesson 4 works such a gradient out by the chain rule, and the package's `backward` hands back minus-gradients the same way.
#
# **What to try next**
#
# - In the first cell, set `seed = 1` and run the cells: the start weights change completely, but after 10000 epochs the output differs from seed 42's only from the sixth decimal on (0.00966449 instead of 0.00966808), and the weights nearly agree (the first is 9.67299303 instead of 9.67256303). The check against numpy's own call still says True: it calls numpy with the same `seed`.
# - Then, in the cell "Training, written out", set `epochs = 30000` and `print_every = 10000`: the first output falls on to 0.00553612 and the weights grow to 10.79215700, -0.20575850 and -5.19092630 (from seed 42: 0.00553681, and 10.79201601 for the first weight). There is no best answer for training to find: the first input splits these four samples exactly, so larger weights always bring the outputs closer to 0 and 1, the loss has no lowest point, and the weights grow for as long as training runs. Starts as different as seed 1's and seed 42's end up on the same slow road.
# - From seed 42, in the cell "Training, written out", set `epochs = 100`: the output is still far from the targets (0.11474858 for a target of 0), and the next cell's "tutorial's digits" says False.
# - In the last cell, set `alpha = 0.1`: w becomes 1.5 and b becomes 0.3, a step ten times as long. Then make the gradient of w positive as well, `dw, db = 10.0, -5.0`: w goes *down*, to -0.5 (and with `alpha` back at 0.01, to 0.4).
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 3's code, made from the course's one source (course/lessons/03_single_layer.md in the scratchnet repository).
