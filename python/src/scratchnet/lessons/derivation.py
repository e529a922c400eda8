"""Lesson 8: why backpropagation is what it is.

Run it: python -m scratchnet.lessons.derivation
"""

# *From tutorial 003: Sunil Ray, "Understanding and Coding Neural Networks From Scratch in Python and R" (Analytics Vidhya, 2017, updated 2020): its steps 0-11 and its derivation by the chain rule, worked through with numbers.*
#
# **What you will learn**
#
# - the chain from the inputs to the loss, with the shape of every array and where each weight enters
# - one path through the chain rule, with pencil-and-paper numbers: E * slope = d_output
# - the index form of each matrix product: `H.T @ d_output` *is* a sum over the samples
# - why the bias changes sum over samples (`sum(axis=0)`), and what tutorial 003's R code got wrong
# - why `backward`'s changes are *minus* the gradient, and why the update adds them
# - why the steps run in their order, and what goes wrong if `wout` is updated too early
# - how to check a gradient yourself with finite differences
#
# **What you need to know**
#
# - lessons 6 and 7 (the steps 0-11 of one epoch)
# - what a derivative is, and the chain rule: the derivative of f(g(x)) is f'(g(x)) * g'(x)
#
# Every number below is computed on the toy problem (tutorial 003's X and y) from seed 42, in the first epoch, with lr 0.1: the epoch lesson 7 wrote out.
#
# ## The first epoch
#
# The same start as lesson 7: tutorial 003's toy data, seed 42, three hidden units. `forward` runs steps 2-4 and `backward` steps 5-9 with the changes of steps 10-11; this lesson takes their arrays apart. In the formulas, H is the hidden activations, O the output (the code's `output`), and A * B between two matrices is their matrix product (`A @ B`).

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
# The trainers *report* L, the mean of (y - O)^2/2 over all n * k entries. Backpropagation differentiates the *sum* S = sum (y - O)^2/2 = n * k * L: the changes of steps 10-11 are sums over the samples. Gradient descent moves each weight against dS/dw; `backward` returns each weight's *change*, -dS/dw, under the names `dwh`, `dbh`, `dwout` and `dbout`, and the update adds lr times it.

n, k = y.shape
L = sn.loss(y, output)  # what training reports
S = np.sum((y - output) ** 2) / 2  # what backward differentiates
print(f"L = {L:.6f}, S = {S:.6f}, n * k * L = {n * k * L:.6f}")

# ## The chain, drawn
#
# Forward, each array is made from the one before it: Z_h = X * wh + bh (step 2), H = sigma(Z_h) (step 3), Z_o = H * wout + bout and O = sigma(Z_o) (step 4), and the loss S from O. `wh` enters at Z_h, `wout` at Z_o. Backward runs the same chain from right to left; under each array is the name the code gives to minus the derivative of S by it.

nodes = ["X", "Z_h", "H", "Z_o", "O", "S"]
shapes = [X.shape, H.shape, H.shape, output.shape, output.shape, (1, 1)]
edges = ["@ wh + bh", "sigmoid", "@ wout + bout", "sigmoid", "sum (y - O)^2 / 2"]
backward_names = ["", "d_hidden", "error_hidden", "d_output", "E", ""]
plt.figure(figsize=(8, 2))
for i, (node, (rows, cols)) in enumerate(zip(nodes, shapes, strict=True)):
    plt.text(2 * i, 0, f"{node}\n({rows}, {cols})", ha="center", va="center", bbox={"fc": "w"})
    plt.text(2 * i, -0.7, backward_names[i], ha="center", color="firebrick")
for i, edge in enumerate(edges):
    plt.annotate("", (2 * i + 1.55, 0), (2 * i + 0.45, 0), arrowprops={"arrowstyle": "->"})
    plt.text(2 * i + 1, 0.35, edge, ha="center")
plt.axis([-0.8, 10.8, -1, 1])
plt.axis("off")
plt.show()

# ## Steps 5 to 7: one path, by hand
#
# Start at the loss and go left. For one sample, S has the term (y - O)^2/2, whose derivative by O is -(y - O): so step 5's E = y - O is *minus* the gradient, and every change below is minus a gradient too. Next, O = sigma(Z_o), and the sigmoid's derivative is sigma(z)(1 - sigma(z)) = O(1 - O) (step 6: computed from the *output*; passing Z instead is the classic bug). The chain rule multiplies the two: step 7's d_output = E * O(1 - O) = -dS/dZ_o. For the first sample (row 0), with the numbers rounded to four places:

i = 0  # the first sample
E = y - output  # step 5: minus dS/dO
slope_output = output * (1 - output)  # step 6: dO/dZ_o, from the output
d_output = E * slope_output  # step 7: minus dS/dZ_o
at = f"[{i}, 0]"  # the entry, as numpy indexes it
print(f"E{at} = {E[i, 0]:.4f}, slope_output{at} = {slope_output[i, 0]:.4f}")
print(f"d_output{at} = {E[i, 0]:.4f} x {slope_output[i, 0]:.4f} = {d_output[i, 0]:.4f}")
print(f"backward's d_output{at} = {grads['d_output'][i, 0]:.4f}")

# So the first sample's d_output is 0.0970 * 0.0876 = 0.0085: its output is a little below its target 1, and the sigmoid is fairly flat there, so the push on Z_o is small.
#
# ## Steps 8 and 9: one hidden entry
#
# Z_o = H * wout + bout, so hidden unit j of sample i reaches the output through wout[j]: the derivative of Z_o[i] by H[i, j] is wout[j]. Step 8: error_hidden[i, j] = d_output[i] * wout[j] = -dS/dH[i, j]. Step 9 goes through the hidden sigmoid the way step 7 went through the output's: d_hidden[i, j] = error_hidden[i, j] * H[i, j](1 - H[i, j]) = -dS/dZ_h[i, j]. For the first sample and the first hidden unit, with d_output and error_hidden to six places so that each product shown is true at its rounding:

j = 0  # the first hidden unit
error_hidden_ij = d_output[i, 0] * wout[j, 0]  # step 8, one entry
slope_hidden_ij = H[i, j] * (1 - H[i, j])  # step 6, from the activation
d_hidden_ij = error_hidden_ij * slope_hidden_ij  # step 9, one entry
at = f"[{i}, {j}]"
print(f"error_hidden{at} = {d_output[i, 0]:.6f} x {wout[j, 0]:.4f} = {error_hidden_ij:.6f}")
print(f"d_hidden{at} = {error_hidden_ij:.6f} x {slope_hidden_ij:.4f} = {d_hidden_ij:.6f}")
print(f"backward's: {grads['error_hidden'][i, j]:.6f} and {grads['d_hidden'][i, j]:.6f}")

# ## Step 10: a weight's change sums over the samples
#
# wout[j] enters Z_o[i] for *every* sample i, as H[i, j] * wout[j]; S adds up the samples, so its derivative adds up their terms: dwout[j] = sum_i H[i, j] * d_output[i]. Likewise the weight wh[a, j], from input a to hidden unit j, enters Z_h[i, j] as X[i, a] * wh[a, j], so dwh[a, j] = sum_i X[i, a] * d_hidden[i, j]. For the first hidden unit and the first input, three samples, three terms each:

d_hidden = grads["d_hidden"]
terms_out = H[:, j] * d_output[:, 0]  # one term per sample
terms_h = X[:, 0] * d_hidden[:, j]


def written_sum(terms):
    """The terms as 'a - b + c', each sign written once (0 times a negative, -0, as 0)."""
    return " ".join(f"{'-' if t < 0 else '+'} {abs(t):.6f}" for t in terms).removeprefix("+ ")


print("each sample's first input:", X[:, 0])
print(f"dwout[{j}, 0] =", written_sum(terms_out), f"= {terms_out.sum():.6f}")
print(f"dwh[0, {j}] =", written_sum(terms_h), f"= {terms_h.sum():.6f}")
print(f"backward's: {grads['dwout'][j, 0]:.6f} and {grads['dwh'][0, j]:.6f}")

# The third sample's first input is 0, so it adds nothing to `dwh[0, 0]`: a weight only learns from the samples whose input it multiplies.
#
# ## The index form: each matrix product is one of these sums
#
# Written for every entry at once, those sums are matrix products. H^T * d_output (`H.T @ d_output`) is h * n times n * k: entry [j, c] is sum_i H[i, j] * d_output[i, c], the sum over samples above. Here it is as loops, and as the product:

h = H.shape[1]
dwout_loop = np.zeros((h, k))
for unit in range(h):
    for out in range(k):
        dwout_loop[unit, out] = np.sum(H[:, unit] * d_output[:, out])  # over the samples
print("loops:           ", dwout_loop.ravel().round(6))
print("H.T @ d_output:  ", (H.T @ d_output).ravel().round(6))

# The other products read the same way. Step 8's d_output * wout^T (`d_output @ wout.T`) is n * k times k * h: error_hidden[i, j] = sum_c d_output[i, c] * wout[j, c], a sum over the *outputs*, because each hidden unit feeds every output (with one output, k = 1, the sum has one term, as above). Step 10's X^T * d_hidden (`X.T @ d_hidden`) is d * n times n * h = d * h, the shape of `wh`: the sum over samples again. The inner sizes must agree, and the outer ones are the answer's shape:

products = {
    "H.T @ d_output": (H.T, d_output),
    "d_output @ wout.T": (d_output, wout.T),
    "X.T @ d_hidden": (X.T, d_hidden),
}
for name, (a, b) in products.items():
    print(f"{name}: {a.shape} times {b.shape} gives {(a @ b).shape}")

# ## Step 11: the bias sums
#
# A bias is added to every sample's row, so its change is its delta **summed over the rows (samples)**: one number per hidden unit (`d_hidden.sum(axis=0)`). Tutorial 003's R code summed over the hidden units instead (as `d_hidden.sum(axis=1)` does), which gives one number per *sample*: a different, wrong network. Both, from the first epoch's `d_hidden`:

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
print(f"dwh[0, {j}] with wout before its update: {dwh_right[0, j]:.8f}")
print(f"dwh[0, {j}] with wout after its update:  {dwh_wrong[0, j]:.8f}")

# Which one is right? The last cell measures it.
#
# ## The update
#
# Each weight w becomes w + lr * dw = w - lr * dS/dw, where dw is `backward`'s change (`dwh`, `dbh`, `dwout` or `dbout`): one step downhill. Textbooks write the same step as w - lr * dw with dw the *gradient*; give that formula `backward`'s changes, which already carry the minus sign, and every step goes uphill. The learning rate appears once; tutorial 003's step list multiplies `d_output` by it at step 7 *and* again in the update, so every weight would move by lr^2 times its change.
#
# ## Check it yourself: finite differences
#
# Nudge one weight by a tiny eps both ways and measure the summed loss: (S(w + eps) - S(w - eps)) / 2eps approximates dS/dw. Minus it must equal backward's change, and it tells the right order from the wrong one. `weight` and `entry` name the weight nudged, and the labels follow them:

weight, entry = "wh", (0, 0)  # the weight to nudge: wh[0, 0]


def summed_at(nudge):
    """S (n * k times the reported loss) with params[weight][entry] moved by nudge."""
    p = {name: value.copy() for name, value in params.items()}
    p[weight][entry] += nudge
    return y.size * sn.loss(y, sn.predict_output(X, p))


step = 1e-6  # epsilon
numeric = (summed_at(step) - summed_at(-step)) / (2 * step)
label = f"{weight}[{entry[0]}, {entry[1]}]"
texts = [f"minus dS/d{label} by finite differences:", f"backward's d{label}:"]
for text, value in zip(texts, [-numeric, grads["d" + weight][entry]], strict=True):
    print(text.ljust(len(texts[0])), f"{value:.8f}")

# The measured slope agrees with backward's change, and with `wout` taken before its update; the other order is off in the fourth significant digit.
#
# **What to try next**
#
# - In the finite-difference cell, nudge an entry of `wout` instead: set `weight, entry = "wout", (1, 0)`. The labels follow, and the measured slope agrees with backward's `dwout` to the printed digits.
# - In the same cell, set `step = 1e-2`, then `step = 1e-12`: the first is too coarse (the curve bends within the step) and misses backward's change in its last digit (0.00107826); the second drowns in rounding and misses it in the fourth significant digit (0.00108247), a miss about as large as the one that tells the wrong order (0.00107096), while 1e-6 matches.
# - In the first cell, change `seed`: every number changes, and every identity holds (E * slope = d_output, the sums equal the products, the right order matches the finite differences).
# - Derive another activation's slope: in the one-path cell, add `z = 0.5` and print `(np.tanh(z + 1e-6) - np.tanh(z - 1e-6)) / 2e-6` beside `1 - np.tanh(z) ** 2`: they agree to about ten digits, so tanh's slope is 1 - a^2 from its activation a = tanh(z), and a tanh hidden layer's step 9 would multiply by `1 - H ** 2` where the sigmoid's multiplies by `H * (1 - H)`.
#
# Keep open: [glossary](../reference/glossary.md), [numpy and R cheat-sheet](../reference/cheat-sheet.md), [where next](../reference/where-next.md).

# This is lesson 8's code, made from the course's one source (course/lessons/08_derivation.md in the scratchnet repository).
