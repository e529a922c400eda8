"""Lesson 8: why backpropagation is what it is.

Made by `make notebooks` from course/lessons/08_derivation.md: edit that file, not this one.
Run it: python -m scratchnet.lessons.derivation
"""

# *From tutorial 003: Sunil Ray, "Understanding and Coding Neural Networks From Scratch in Python and R" (Analytics Vidhya, 2017, updated 2020): its steps 0-11 and its derivation by the chain rule, worked through with numbers.*
#
# **What you will learn**
#
# - the chain from the inputs to the loss, with the shape of every array and where each weight enters
# - one path through the chain rule, with pencil-and-paper numbers: E x slope = d_output
# - the index form of each matrix product: `H.T @ d_output` (R: `t(H) %*% d_output`) *is* a sum over the samples
# - why the bias changes sum over samples (`colSums`, `axis=0`), and what tutorial 003's R code got wrong
# - why the steps run in their order, and what goes wrong if `wout` is updated too early
# - how to check a gradient yourself with finite differences
#
# **What you need to know**
#
# - lessons 6 and 7 (the steps 0-11 of one epoch)
# - what a derivative is, and the chain rule: the derivative of f(g(x)) is f'(g(x)) x g'(x)
#
# Every number below is computed on the toy problem (tutorial 003's X and y) from seed 42, in the first epoch, with lr 0.1: the epoch lesson 7 wrote out.
#
# ## The first epoch
#
# The same start as lesson 7: tutorial 003's toy data, seed 42, three hidden units. `forward` runs steps 2-4 and `backward` steps 5-9 with the changes of steps 10-11; this lesson takes their arrays apart. In the formulas, H is the hidden activations and O the output (the code's `output`).

import matplotlib.pyplot as plt
import numpy as np

import scratchnet as sn

toy = sn.load_dataset("toy")
X, y = toy["X"], toy["y"]
seed, lr = 42, 0.1
params = sn.init_params(X.shape[1], 3, y.shape[1], seed=seed)
wout = params["wout"]  # step 8 needs it
cache = sn.forward(X, params)  # steps 2-4
grads = sn.backward(X, y, params, cache)  # steps 5-9, and 10-11's changes
H, output = cache["hidden_activations"], cache["output"]
print("X", X.shape, "H", H.shape, "output", output.shape)

# ## The loss it differentiates
#
# The trainers *report* L, the mean of (y - O)^2/2 over all n x k entries. Backpropagation differentiates the *sum* S = sum (y - O)^2/2 = n x k x L: the changes of steps 10-11 are sums over the samples. Gradient descent moves each weight against dS/dw.

n, k = y.shape
L = sn.loss(y, output)  # what training reports
S = np.sum((y - output) ** 2) / 2  # what backward differentiates
print(f"L = {L:.6f}, S = {S:.6f}, n * k * L = {n * k * L:.6f}")

# ## The chain, drawn
#
# Forward, each array is made from the one before it: Z_h = X @ wh + bh (step 2), H = sigma(Z_h) (step 3), Z_o = H @ wout + bout and O = sigma(Z_o) (step 4), and the loss S from O. `wh` enters at Z_h, `wout` at Z_o. Backward runs the same chain from right to left; under each array is the name the code gives to minus the derivative of S by it.

nodes = ["X", "Z_h", "H", "Z_o", "O", "S"]
shapes = [X.shape, H.shape, H.shape, output.shape, output.shape, (1, 1)]
edges = ["@ wh + bh", "sigmoid", "@ wout + bout", "sigmoid", "sum (y - O)^2 / 2"]
backward_names = ["", "d_hidden", "error_hidden", "d_output", "E", ""]
plt.figure(figsize=(8, 2))
for i, (node, (rows, cols)) in enumerate(zip(nodes, shapes, strict=True)):
    plt.text(2 * i, 0, f"{node}\n{rows} x {cols}", ha="center", va="center", bbox={"fc": "w"})
    plt.text(2 * i, -0.7, backward_names[i], ha="center", color="firebrick")
for i, edge in enumerate(edges):
    plt.annotate("", (2 * i + 1.55, 0), (2 * i + 0.45, 0), arrowprops={"arrowstyle": "->"})
    plt.text(2 * i + 1, 0.35, edge, ha="center")
plt.axis([-0.8, 10.8, -1, 1])
plt.axis("off")
plt.show()

# ## Steps 5 to 7: one path, by hand
#
# Start at the loss and go left. For one sample, S has the term (y - O)^2/2, whose derivative by O is -(y - O): so step 5's E = y - O is *minus* the gradient, and every change below is minus a gradient too. Next, O = sigma(Z_o), and the sigmoid's derivative is sigma(z)(1 - sigma(z)) = O(1 - O) (step 6: computed from the *output*; passing Z instead is the classic bug). The chain rule multiplies the two: step 7's d_output = E x O(1 - O) = -dS/dZ_o. For sample 1 (row 1: numpy's index 0, R's 1), with the numbers rounded to four places:

i = 0  # sample 1
E = y - output  # step 5: minus dS/dO
slope_output = output * (1 - output)  # step 6: dO/dZ_o, from the output
d_output = E * slope_output  # step 7: minus dS/dZ_o
print(f"E[1] = {E[i, 0]:.4f}, slope_output[1] = {slope_output[i, 0]:.4f}")
print(f"d_output[1] = {E[i, 0]:.4f} x {slope_output[i, 0]:.4f} = {d_output[i, 0]:.4f}")
print(f"backward's d_output[1] = {grads['d_output'][i, 0]:.4f}")

# So d_output[1] = 0.0970 x 0.0876 = 0.0085: sample 1's output is a little below its target 1, and the sigmoid is fairly flat there, so the push on Z_o is small.
#
# ## Steps 8 and 9: one hidden entry
#
# Z_o = H @ wout, so hidden unit j of sample i reaches the output through wout[j]: the derivative of Z_o[i] by H[i, j] is wout[j]. Step 8: error_hidden[i, j] = d_output[i] x wout[j] = -dS/dH[i, j]. Step 9 goes through the hidden sigmoid the way step 7 went through the output's: d_hidden[i, j] = error_hidden[i, j] x H[i, j](1 - H[i, j]) = -dS/dZ_h[i, j]. For sample 1 and hidden unit 1:

j = 0  # hidden unit 1
error_hidden_11 = d_output[i, 0] * wout[j, 0]  # step 8, one entry
slope_hidden_11 = H[i, j] * (1 - H[i, j])  # step 6, from the activation
d_hidden_11 = error_hidden_11 * slope_hidden_11  # step 9, one entry
print(f"error_hidden[1, 1] = {d_output[i, 0]:.4f} x {wout[j, 0]:.4f} = {error_hidden_11:.4f}")
print(f"d_hidden[1, 1] = {error_hidden_11:.4f} x {slope_hidden_11:.4f} = {d_hidden_11:.6f}")
print(f"backward's: {grads['error_hidden'][i, j]:.4f} and {grads['d_hidden'][i, j]:.6f}")

# ## Step 10: a weight's change sums over the samples
#
# wout[j] enters Z_o[i] for *every* sample i, as H[i, j] x wout[j]; S adds up the samples, so its derivative adds up their terms: dwout[j] = sum_i H[i, j] x d_output[i]. Likewise wh[1, 1] enters Z_h[i, 1] as X[i, 1] x wh[1, 1], so dwh[1, 1] = sum_i X[i, 1] x d_hidden[i, 1]. Three samples, three terms each:

d_hidden = grads["d_hidden"]
terms_out = H[:, j] * d_output[:, 0]  # one term per sample
terms_h = X[:, 0] * d_hidden[:, j]


def written_sum(terms):
    """The terms as 'a - b + c', each sign written once (0 times a negative, -0, as 0)."""
    return " ".join(f"{'-' if t < 0 else '+'} {abs(t):.6f}" for t in terms).removeprefix("+ ")


print("X column 1:", X[:, 0])
print("dwout[1] =", written_sum(terms_out), f"= {terms_out.sum():.6f}")
print("dwh[1, 1] =", written_sum(terms_h), f"= {terms_h.sum():.6f}")
print(f"backward's: {grads['dwout'][j, 0]:.6f} and {grads['dwh'][0, j]:.6f}")

# Sample 3's input X[3, 1] is 0, so it adds nothing to dwh[1, 1]: a weight only learns from the samples whose input it multiplies.
#
# ## The index form: each matrix product is one of these sums
#
# Written for every entry at once, those sums are matrix products. `H.T @ d_output` (R: `t(H) %*% d_output`) is h x n times n x k: entry [j, c] is sum_i H[i, j] x d_output[i, c], the sum over samples above. Here it is as loops, and as the product:

h = H.shape[1]
dwout_loop = np.zeros((h, k))
for unit in range(h):
    for out in range(k):
        dwout_loop[unit, out] = np.sum(H[:, unit] * d_output[:, out])  # over the samples
print("loops:           ", dwout_loop.ravel().round(6))
print("H.T @ d_output:  ", (H.T @ d_output).ravel().round(6))

# The other products read the same way. Step 8's `d_output @ wout.T` (R: `d_output %*% t(wout)`) is n x k times k x h: error_hidden[i, j] = sum_c d_output[i, c] x wout[j, c], a sum over the *outputs*, because each hidden unit feeds every output (with one output, k = 1, the sum has one term, as above). Step 10's `X.T @ d_hidden` (R: `t(X) %*% d_hidden`, or `crossprod(X, d_hidden)`) is d x n times n x h = d x h, the shape of `wh`: the sum over samples again. The inner sizes must agree, and the outer ones are the answer's shape:

products = {
    "H.T @ d_output": (H.T, d_output),
    "d_output @ wout.T": (d_output, wout.T),
    "X.T @ d_hidden": (X.T, d_hidden),
}
for name, (a, b) in products.items():
    print(f"{name}: {a.shape} times {b.shape} gives {(a @ b).shape}")

# ## Step 11: the bias sums
#
# A bias is added to every sample's row, so its change is its delta **summed over the rows (samples)**: one number per hidden unit (numpy's `sum(axis=0)`, R's `colSums`). Tutorial 003's R code used `rowSums`, a sum over the hidden units, which gives one number per *sample*: a different, wrong network. Both, from the first epoch's `d_hidden`:

print("over samples (right), one per hidden unit:")
print(" ".join(f"{v:.6f}" for v in d_hidden.sum(axis=0)))
print("over units (tutorial 003's R), one per sample:")
print(" ".join(f"{v:.6f}" for v in d_hidden.sum(axis=1)))
print(f"backward's dbh: {' '.join(f'{v:.6f}' for v in grads['dbh'].ravel())}")

# ## Why the steps run in this order
#
# Each step needs what the one before it computed: d_output (step 7) needs E and the output's slope; the output side's changes (steps 10-11: `dwout`, `dbout`) need d_output; step 8 needs d_output *and* `wout`; step 9 needs step 8; the hidden side's changes need d_hidden. So the order is 5, 6, 7, 10-11 for the output side, 8, 9, 10-11 for the hidden side, and the package computes every change before it moves any weight.
#
# Step 8 must use `wout` as it was in the forward pass, *before* it is updated: the gradient is taken where the network is. Update `wout` first and step 8 sends the error back through weights that did not make it:

wout_updated = wout + lr * grads["dwout"]  # step 10's output side, done too early
slope_hidden = H * (1 - H)
dwh_right = X.T @ ((d_output @ wout.T) * slope_hidden)
dwh_wrong = X.T @ ((d_output @ wout_updated.T) * slope_hidden)
print(f"dwh[1, 1] with wout before its update: {dwh_right[0, 0]:.8f}")
print(f"dwh[1, 1] with wout after its update:  {dwh_wrong[0, 0]:.8f}")

# Which one is right? The last cell measures it.
#
# ## The update
#
# w <- w + lr x dw = w - lr x dS/dw: one step downhill. The learning rate appears once; tutorial 003's step list multiplies `d_output` by it at step 7 *and* again in the update, so every weight would move by lr^2 times its change.
#
# ## Check it yourself: finite differences
#
# Nudge one weight by a tiny eps both ways and measure the summed loss: (S(w + eps) - S(w - eps)) / 2eps approximates dS/dw. Minus it must equal backward's change, and it tells the right order from the wrong one:


def summed_at(nudge):
    """S (n * k times the reported loss) with wh[1, 1] moved by nudge."""
    p = {name: value.copy() for name, value in params.items()}
    p["wh"][0, 0] += nudge
    return y.size * sn.loss(y, sn.predict_output(X, p))


step = 1e-6  # epsilon
numeric = (summed_at(step) - summed_at(-step)) / (2 * step)
print(f"minus dS/dwh[1, 1] by finite differences: {-numeric:.8f}")
print(f"backward's dwh[1, 1]:                      {grads['dwh'][0, 0]:.8f}")

# The measured slope agrees with backward's change, and with `wout` taken before its update; the other order is off in the fourth significant digit.
#
# **What to try next**
#
# - In the finite-difference cell, nudge `wout` instead of `wh` in `summed_at` (`p["wout"][1, 0]`, R: `p$wout[2, 1]`) and compare with `grads["dwout"][1, 0]` (R: `grads$dwout[2, 1]`): they agree to the printed digits.
# - In the same cell, make `step` 1e-2, then 1e-12: the first is too coarse (the curve bends within the step) and the second drowns in rounding; both miss backward's change in the last digits, while 1e-6 matches.
# - In the first cell, change `seed`: every number changes, and every identity holds (E x slope = d_output, the sums equal the products, the right order matches the finite differences).
# - Derive another activation's slope: in the one-path cell, add `z = 0.5` and print `(np.tanh(z + 1e-6) - np.tanh(z - 1e-6)) / 2e-6` beside `1 - np.tanh(z) ** 2` (R: `tanh`): they agree to about ten digits, so tanh's slope is 1 - a^2 from its activation a = tanh(z), and a tanh hidden layer's step 9 would multiply by `1 - H ** 2` (R: `1 - H^2`) where the sigmoid's multiplies by `H * (1 - H)`.
#
# Keep open: [glossary](../reference/glossary.md), [numpy <-> R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).
