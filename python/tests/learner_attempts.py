"""Lesson 9's four blanks as Python learners fill them: wrong in the ways beginners are wrong,
and right in the forms the contract allows. Each attempt names its checker, the mistake a tutor
would name (a key of shared_data/exercises.json's catalogue, or a label test_exercises.py maps to
its keys), and words its verdict must contain. test_exercises.py runs every one. Written as a
learner writes, not from the checker's code.
"""

# ruff: noqa: D101, D103, D205, B007, E741

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

import scratchnet as sn


@dataclass
class Attempt:
    checker: str  # "check_forward", "check_backward", "check_update" or "check_train"
    kind: str  # "pass", or the mistake's kind
    fn: Callable
    says: tuple[str, ...] = field(default=())  # words the verdict's line must contain


ATTEMPTS: list[Attempt] = []


def attempt(checker: str, kind: str, *says: str):
    def register(fn: Callable) -> Callable:
        ATTEMPTS.append(Attempt(checker, kind, fn, says))
        return fn

    return register


lr = 0.5  # a learner's notebook global, which some attempts use by mistake


# ---------------------------------------------------------------------------------------------
# The helpers: a learner's correct blanks, which the training attempts below call.
# ---------------------------------------------------------------------------------------------


# the lesson's steps 2-4, written out with @ and the package's sigmoid
@attempt("check_forward", "pass", "PASS")
def my_forward(X, params):
    hidden_layer_input = X @ params["wh"] + params["bh"]  # Step 2
    hidden_activations = sn.sigmoid(hidden_layer_input)  # Step 3
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]  # Step 4
    output = sn.sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


# steps 5-11 as in lesson 7, bias sums with keepdims=True so they stay (1, h) and (1, k)
@attempt("check_backward", "pass", "PASS")
def my_backward(X, y, params, cache):
    output = cache["output"]
    hidden_activations = cache["hidden_activations"]
    E = y - output  # Step 5
    slope_output = sn.sigmoid_slope(output)  # Step 6
    slope_hidden = sn.sigmoid_slope(hidden_activations)
    d_output = E * slope_output  # Step 7
    error_hidden = d_output @ params["wout"].T  # Step 8
    d_hidden = error_hidden * slope_hidden  # Step 9
    dwout = hidden_activations.T @ d_output  # Step 10
    dwh = X.T @ d_hidden
    dbout = d_output.sum(axis=0, keepdims=True)  # Step 11
    dbh = d_hidden.sum(axis=0, keepdims=True)
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": dwout,
        "dbout": dbout,
        "dwh": dwh,
        "dbh": dbh,
    }


# a dict comprehension over the four names, "d" + name for the change
@attempt("check_update", "pass", "PASS")
def my_update_params(params, grads, lr):
    return {name: params[name] + lr * grads["d" + name] for name in ["wh", "bh", "wout", "bout"]}


# the loop as the lesson says: forward, loss before the update, backward, keep the update
@attempt("check_train", "pass", "PASS")
def my_train(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)
        grads = my_backward(X, y, params, cache)
        params = my_update_params(params, grads, lr)
    return {"params": params, "loss": losses}


# ---------------------------------------------------------------------------------------------
# Forward: steps 2 to 4
# ---------------------------------------------------------------------------------------------


def my_sigmoid(z):
    return 1 / (1 + np.exp(-z))


# np.dot and my own sigmoid, short names inside, the long names only in the dict
@attempt("check_forward", "pass", "PASS")
def forward_np_dot(X, params):
    Z1 = np.dot(X, params["wh"]) + params["bh"]
    A1 = my_sigmoid(Z1)
    Z2 = np.dot(A1, params["wout"]) + params["bout"]
    A2 = my_sigmoid(Z2)
    return {
        "hidden_layer_input": Z1,
        "hidden_activations": A1,
        "output_layer_input": Z2,
        "output": A2,
    }


# np.matmul, dict(...) with keywords, and I also return X for later (extra keys are fine)
@attempt("check_forward", "pass", "PASS")
def forward_matmul_extra_keys(X, params):
    wh, bh, wout, bout = params["wh"], params["bh"], params["wout"], params["bout"]
    hidden_layer_input = np.matmul(X, wh) + bh
    hidden_activations = sn.sigmoid(hidden_layer_input)
    output_layer_input = np.matmul(hidden_activations, wout) + bout
    return dict(
        X=X,
        hidden_layer_input=hidden_layer_input,
        hidden_activations=hidden_activations,
        output_layer_input=output_layer_input,
        output=sn.sigmoid(output_layer_input),
    )


# one loop over the two layers, both do the same thing
@attempt("check_forward", "pass", "PASS")
def forward_layer_loop(X, params):
    result = {}
    a = X
    layers = [
        ("wh", "bh", "hidden_layer_input", "hidden_activations"),
        ("wout", "bout", "output_layer_input", "output"),
    ]
    for w, b, z_name, a_name in layers:
        z = a @ params[w] + params[b]
        a = sn.sigmoid(z)
        result[z_name] = z
        result[a_name] = a
    return result


# forgot the hidden bias: "bh is only the start value, it's added later"
@attempt("check_forward", "bias_missing", "hidden_layer_input", "step 2", "the bias is missing")
def forward_no_hidden_bias(X, params):
    hidden_layer_input = X @ params["wh"]
    hidden_activations = sn.sigmoid(hidden_layer_input)
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]
    output = sn.sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


# left bout out of the output layer, like the notebook "without biases"
@attempt("check_forward", "bias_missing", "output_layer_input", "step 4", "the bias is missing")
def forward_no_output_bias(X, params):
    Z1 = np.dot(X, params["wh"]) + params["bh"]
    A1 = sn.sigmoid(Z1)
    Z2 = np.dot(A1, params["wout"])
    return {
        "hidden_layer_input": Z1,
        "hidden_activations": A1,
        "output_layer_input": Z2,
        "output": sn.sigmoid(Z2),
    }


# transposed bh "so it lines up with the hidden units" (an (h, 1) column)
@attempt("check_forward", "bias_not_a_row", "step 2", "row numpy adds to every row")
def forward_bias_transposed(X, params):
    hidden_layer_input = X @ params["wh"] + params["bh"].T
    hidden_activations = sn.sigmoid(hidden_layer_input)
    output_layer_input = hidden_activations @ params["wout"] + params["bout"].T
    output = sn.sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


# reshaped the biases into columns, one value per unit "as a vector should be"
@attempt("check_forward", "bias_not_a_row", "step 2", "row numpy adds to every row")
def forward_bias_reshaped_column(X, params):
    bh = params["bh"].reshape(-1, 1)
    bout = params["bout"].reshape(-1, 1)
    hidden = sn.sigmoid(np.dot(X, params["wh"]) + bh)
    out_in = np.dot(hidden, params["wout"]) + bout
    return {
        "hidden_layer_input": np.dot(X, params["wh"]) + bh,
        "hidden_activations": hidden,
        "output_layer_input": out_in,
        "output": sn.sigmoid(out_in),
    }


# squashed the output once, then kept the squashed one under both names
@attempt(
    "check_forward",
    "activation_for_preactivation",
    "output_layer_input",
    "step 4",
    "already squashed",
)
def forward_squashed_twice_named(X, params):
    hidden = sn.sigmoid(X @ params["wh"] + params["bh"])
    out = sn.sigmoid(hidden @ params["wout"] + params["bout"])
    return {
        "hidden_layer_input": X @ params["wh"] + params["bh"],
        "hidden_activations": hidden,
        "output_layer_input": out,
        "output": out,
    }


# wrote my own sigmoid and lost the minus sign in exp
@attempt("check_forward", "sigmoid_sign", "hidden_activations", "step 3", "1 minus the sigmoid")
def forward_sigmoid_plus(X, params):
    def sigmoid(z):
        return 1 / (1 + np.exp(z))

    hidden_layer_input = X @ params["wh"] + params["bh"]
    hidden_activations = sigmoid(hidden_layer_input)
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": sigmoid(output_layer_input),
    }


# np.exp(Z) instead of np.exp(-Z), written inline twice
@attempt("check_forward", "sigmoid_sign", "hidden_activations", "step 3", "1 minus the sigmoid")
def forward_sigmoid_inline_sign(X, params):
    Z1 = np.matmul(X, params["wh"]) + params["bh"]
    A1 = 1.0 / (1.0 + np.exp(Z1))
    Z2 = np.matmul(A1, params["wout"]) + params["bout"]
    A2 = 1.0 / (1.0 + np.exp(Z2))
    return {
        "hidden_layer_input": Z1,
        "hidden_activations": A1,
        "output_layer_input": Z2,
        "output": A2,
    }


# hidden layer left linear: forgot to squash it
@attempt("check_forward", "sigmoid_missing", "hidden_activations", "step 3", "not yet squashed")
def forward_hidden_linear(X, params):
    hidden_layer_input = X @ params["wh"] + params["bh"]
    hidden_activations = hidden_layer_input
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]
    output = sn.sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


# the output "is" the output layer's input: no sigmoid at the end
@attempt("check_forward", "sigmoid_missing", "output", "step 4", "not yet squashed")
def forward_output_linear(X, params):
    h_in = X @ params["wh"] + params["bh"]
    h = sn.sigmoid(h_in)
    o_in = h @ params["wout"] + params["bout"]
    out = o_in
    return {
        "hidden_layer_input": h_in,
        "hidden_activations": h,
        "output_layer_input": o_in,
        "output": out,
    }


# step 4 from hidden_layer_input, the variable just above, instead of the activations
@attempt(
    "check_forward",
    "preactivation_for_activation",
    "output_layer_input",
    "step 4",
    "the pre-activation",
)
def forward_step4_from_preactivation(X, params):
    hidden_layer_input = X @ params["wh"] + params["bh"]
    hidden_activations = sn.sigmoid(hidden_layer_input)
    output_layer_input = hidden_layer_input @ params["wout"] + params["bout"]
    output = sn.sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


# used Z1 where A1 belongs in the second layer (np.dot style)
@attempt(
    "check_forward",
    "preactivation_for_activation",
    "output_layer_input",
    "step 4",
    "the pre-activation",
)
def forward_z1_into_layer2(X, params):
    Z1 = np.dot(X, params["wh"]) + params["bh"]
    A1 = sn.sigmoid(Z1)
    Z2 = np.dot(Z1, params["wout"]) + params["bout"]
    A2 = sn.sigmoid(Z2)
    return {
        "hidden_layer_input": Z1,
        "hidden_activations": A1,
        "output_layer_input": Z2,
        "output": A2,
    }


# the tutorial's notebook has samples as columns, so I did it that way
@attempt(
    "check_forward",
    "samples_as_columns",
    "hidden_layer_input",
    "step 2",
    "turned the wrong way",
)
def forward_samples_as_columns(X, params):
    hidden_layer_input = params["wh"].T @ X.T + params["bh"].T
    hidden_activations = sn.sigmoid(hidden_layer_input)
    output_layer_input = params["wout"].T @ hidden_activations + params["bout"].T
    output = sn.sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


# columns are samples, np.dot(w.T, x.T) as in the notebook, biases reshaped to columns
@attempt(
    "check_forward",
    "samples_as_columns",
    "hidden_layer_input",
    "step 2",
    "turned the wrong way",
)
def forward_columns_np_dot(X, params):
    Xt = X.T
    Z1 = np.dot(params["wh"].T, Xt) + params["bh"].reshape(-1, 1)
    A1 = sn.sigmoid(Z1)
    Z2 = np.dot(params["wout"].T, A1) + params["bout"].reshape(-1, 1)
    return {
        "hidden_layer_input": Z1,
        "hidden_activations": A1,
        "output_layer_input": Z2,
        "output": sn.sigmoid(Z2),
    }


# used * for "multiply the inputs by the weights"
@attempt("check_forward", "elementwise_for_matrix_product", "step 2", "multiplies entry by entry")
def forward_star_for_matmul(X, params):
    hidden_layer_input = X * params["wh"] + params["bh"]
    hidden_activations = sn.sigmoid(hidden_layer_input)
    output_layer_input = hidden_activations * params["wout"] + params["bout"]
    output = sn.sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


# np.multiply, thinking it is the matrix multiply
@attempt("check_forward", "elementwise_for_matrix_product", "step 2", "multiplies entry by entry")
def forward_np_multiply(X, params):
    Z1 = np.multiply(X, params["wh"]) + params["bh"]
    A1 = sn.sigmoid(Z1)
    Z2 = np.multiply(A1, params["wout"]) + params["bout"]
    return {
        "hidden_layer_input": Z1,
        "hidden_activations": A1,
        "output_layer_input": Z2,
        "output": sn.sigmoid(Z2),
    }


# "weights times inputs", so the weights go first
@attempt("check_forward", "operands_swapped", "step 2", "the wrong way round")
def forward_weights_first(X, params):
    hidden_layer_input = params["wh"] @ X + params["bh"]
    hidden_activations = sn.sigmoid(hidden_layer_input)
    output_layer_input = params["wout"] @ hidden_activations + params["bout"]
    output = sn.sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


# np.dot(w, x) as in the maths books, w first
@attempt("check_forward", "operands_swapped", "step 2", "the wrong way round")
def forward_np_dot_swapped(X, params):
    Z1 = np.dot(params["wh"], X) + params["bh"]
    A1 = sn.sigmoid(Z1)
    Z2 = np.dot(params["wout"], A1) + params["bout"]
    return {
        "hidden_layer_input": Z1,
        "hidden_activations": A1,
        "output_layer_input": Z2,
        "output": sn.sigmoid(Z2),
    }


# notebook-style wh.T @ X, but forgot that X must be transposed too
@attempt("check_forward", "operands_swapped", "step 2", "the wrong way round")
def forward_wh_t_times_x(X, params):
    hidden_layer_input = params["wh"].T @ X + params["bh"].T
    hidden_activations = sn.sigmoid(hidden_layer_input)
    output_layer_input = params["wout"].T @ hidden_activations + params["bout"].T
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": sn.sigmoid(output_layer_input),
    }


# built the dict at the end but never returned it
@attempt("check_forward", "no_return", "None", "returned None")
def forward_no_return(X, params):
    hidden_layer_input = X @ params["wh"] + params["bh"]
    hidden_activations = sn.sigmoid(hidden_layer_input)
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]
    output = sn.sigmoid(output_layer_input)
    cache = {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }
    print(cache["output"].shape)


# returned the four arrays as a tuple, in order
@attempt("check_forward", "not_named", "tuple", "needs a dict")
def forward_tuple(X, params):
    Z1 = X @ params["wh"] + params["bh"]
    A1 = sn.sigmoid(Z1)
    Z2 = A1 @ params["wout"] + params["bout"]
    A2 = sn.sigmoid(Z2)
    return Z1, A1, Z2, A2


# "forward gives the output", so I returned just that array
@attempt("check_forward", "not_named", "array", "needs a dict")
def forward_only_output(X, params):
    hidden = sn.sigmoid(X @ params["wh"] + params["bh"])
    return sn.sigmoid(hidden @ params["wout"] + params["bout"])


# returned only the activations, the inputs seemed like scratch work
@attempt("check_forward", "name_missing", "hidden_layer_input", "step 2", "returned no")
def forward_activations_only(X, params):
    hidden_activations = sn.sigmoid(X @ params["wh"] + params["bh"])
    output = sn.sigmoid(hidden_activations @ params["wout"] + params["bout"])
    return {"hidden_activations": hidden_activations, "output": output}


# named them Z1, A1, Z2, A2 like in the deep learning course I watched
@attempt(
    "check_forward",
    "near_miss_name",
    "hidden_layer_input",
    "step 2",
    "where the checker looks for",
)
def forward_z_a_names(X, params):
    Z1 = X @ params["wh"] + params["bh"]
    A1 = sn.sigmoid(Z1)
    Z2 = A1 @ params["wout"] + params["bout"]
    A2 = sn.sigmoid(Z2)
    return {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


# called the activations "hidden", as the solution's backward does
@attempt(
    "check_forward",
    "near_miss_name",
    "hidden_activations",
    "step 3",
    "where the checker looks for",
)
def forward_hidden_short_name(X, params):
    hidden_layer_input = X @ params["wh"] + params["bh"]
    hidden = sn.sigmoid(hidden_layer_input)
    output_layer_input = hidden @ params["wout"] + params["bout"]
    output = sn.sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden": hidden,
        "output_layer_input": output_layer_input,
        "output": output,
    }


# params["W1"]: the weights are called W1 everywhere else I looked
@attempt("check_forward", "error_other", "KeyError", "W1", "holds")
def forward_w1_keys(X, params):
    Z1 = X @ params["W1"] + params["b1"]
    A1 = sn.sigmoid(Z1)
    Z2 = A1 @ params["W2"] + params["b2"]
    return {
        "hidden_layer_input": Z1,
        "hidden_activations": A1,
        "output_layer_input": Z2,
        "output": sn.sigmoid(Z2),
    }


# typo in the package function's name: sn.sigmod
@attempt("check_forward", "error_other", "AttributeError", "sigmod", "did you mean")
def forward_sigmod_typo(X, params):
    hidden_layer_input = X @ params["wh"] + params["bh"]
    hidden_activations = sn.sigmod(hidden_layer_input)
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": sn.sigmoid(output_layer_input),
    }


# ---------------------------------------------------------------------------------------------
# Backward: steps 5 to 11
# ---------------------------------------------------------------------------------------------


# 1-D bias sums with np.sum(axis=0), my own slopes a * (1 - a)
@attempt("check_backward", "pass", "PASS")
def backward_1d_sums(X, y, params, cache):
    H = cache["hidden_activations"]
    out = cache["output"]
    E = y - out
    slope_output = out * (1 - out)
    slope_hidden = H * (1 - H)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": H.T @ d_output,
        "dbout": np.sum(d_output, axis=0),
        "dwh": X.T @ d_hidden,
        "dbh": np.sum(d_hidden, axis=0),
    }


# the index form from lesson 8: dwout and dwh as loops over the samples
@attempt("check_backward", "pass", "PASS")
def backward_loops(X, y, params, cache):
    H, O = cache["hidden_activations"], cache["output"]
    n, d = X.shape
    h, k = params["wout"].shape
    E = y - O
    slope_output = sn.sigmoid_slope(O)
    slope_hidden = sn.sigmoid_slope(H)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    dwout = np.zeros((h, k))
    for j in range(h):
        for c in range(k):
            dwout[j, c] = sum(H[i, j] * d_output[i, c] for i in range(n))
    dwh = np.zeros((d, h))
    for a in range(d):
        for j in range(h):
            dwh[a, j] = sum(X[i, a] * d_hidden[i, j] for i in range(n))
    dbout = np.zeros((1, k))
    dbh = np.zeros((1, h))
    for i in range(n):
        dbout[0] += d_output[i]
        dbh[0] += d_hidden[i]
    grads = {"E": E, "slope_output": slope_output, "slope_hidden": slope_hidden}
    grads.update(d_output=d_output, error_hidden=error_hidden, d_hidden=d_hidden)
    grads.update(dwout=dwout, dbout=dbout, dwh=dwh, dbh=dbh)
    return grads


# np.dot everywhere, and I return the loss too since I had it (extra key)
@attempt("check_backward", "pass", "PASS")
def backward_np_dot_extra(X, y, params, cache):
    hidden = cache["hidden_activations"]
    output = cache["output"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = np.multiply(E, slope_output)
    error_hidden = np.dot(d_output, params["wout"].T)
    d_hidden = np.multiply(error_hidden, slope_hidden)
    dwout = np.dot(hidden.T, d_output)
    dwh = np.dot(X.T, d_hidden)
    dbout = np.sum(d_output, axis=0, keepdims=True)
    dbh = np.sum(d_hidden, axis=0, keepdims=True)
    loss = np.mean(E**2) / 2
    return {
        "loss": loss,
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": dwout,
        "dbout": dbout,
        "dwh": dwh,
        "dbh": dbh,
    }


# E = output - y, "prediction minus truth" as in every loss I know
@attempt("check_backward", "flipped_sign", "E", "step 5", "wrong sign")
def backward_output_minus_y(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = output - y
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# returned the gradients with a minus, "because we go downhill"
@attempt("check_backward", "flipped_sign", "dwout", "step 10", "it is the gradient")
def backward_minus_changes(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    E = y - A2
    slope_output = A2 * (1 - A2)
    slope_hidden = A1 * (1 - A1)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    grads = {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
    }
    grads["dwout"] = -(A1.T @ d_output)
    grads["dbout"] = -d_output.sum(axis=0)
    grads["dwh"] = -(X.T @ d_hidden)
    grads["dbh"] = -d_hidden.sum(axis=0)
    return grads


# took the output slope from output_layer_input (the z, the thing the sigmoid was applied to)
@attempt(
    "check_backward",
    "slope_of_preactivation",
    "slope_output",
    "step 6",
    "from the pre-activation",
)
def backward_slope_from_z_output(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(cache["output_layer_input"])
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# recomputed z of the hidden layer and took z * (1 - z) as "the derivative at z"
@attempt(
    "check_backward",
    "slope_of_preactivation",
    "slope_hidden",
    "step 6",
    "from the pre-activation",
)
def backward_slope_from_z_hidden(X, y, params, cache):
    z_hidden = X @ params["wh"] + params["bh"]
    out = cache["output"]
    E = y - out
    slope_output = out * (1 - out)
    slope_hidden = z_hidden * (1 - z_hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": cache["hidden_activations"].T @ d_output,
        "dbout": d_output.sum(axis=0),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0),
    }


# computed slope_output but then set d_output = E, forgot to multiply
@attempt("check_backward", "slope_missing", "d_output", "step 7", "E alone")
def backward_d_output_is_e(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# "the output error is the delta", np.dot style, output slope computed for the dict only
@attempt("check_backward", "slope_missing", "d_output", "step 7", "E alone")
def backward_delta_is_error(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    err = y - A2
    delta2 = err.copy()
    delta1 = np.dot(delta2, params["wout"].T) * A1 * (1 - A1)
    return {
        "E": err,
        "slope_output": A2 * (1 - A2),
        "slope_hidden": A1 * (1 - A1),
        "d_output": delta2,
        "error_hidden": np.dot(delta2, params["wout"].T),
        "d_hidden": delta1,
        "dwout": np.dot(A1.T, delta2),
        "dbout": np.sum(delta2, axis=0, keepdims=True),
        "dwh": np.dot(X.T, delta1),
        "dbh": np.sum(delta1, axis=0, keepdims=True),
    }


# d_hidden = error_hidden: forgot to multiply by slope_hidden
@attempt("check_backward", "hidden_slope_missing", "d_hidden", "step 9", "error_hidden alone")
def backward_no_hidden_slope(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# wrote step 9 in one line from the wout product and left the slope for "later"
@attempt("check_backward", "hidden_slope_missing", "d_hidden", "step 9", "error_hidden alone")
def backward_step9_one_line(X, y, params, cache):
    H, O = cache["hidden_activations"], cache["output"]
    E = y - O
    d_output = E * O * (1 - O)
    d_hidden = np.matmul(d_output, params["wout"].T)
    return {
        "E": E,
        "slope_output": O * (1 - O),
        "slope_hidden": H * (1 - H),
        "d_output": d_output,
        "error_hidden": np.matmul(d_output, params["wout"].T),
        "d_hidden": d_hidden,
        "dwout": np.matmul(H.T, d_output),
        "dbout": d_output.sum(axis=0),
        "dwh": np.matmul(X.T, d_hidden),
        "dbh": d_hidden.sum(axis=0),
    }


# sent E back through wout instead of d_output ("the error goes back")
@attempt(
    "check_backward",
    "E_for_d_output",
    "error_hidden",
    "step 8",
    "made from E where d_output belongs",
)
def backward_error_back_is_e(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = E @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# dwout from E ("hidden times the error"), everything else right
@attempt(
    "check_backward",
    "E_for_d_output",
    "dwout",
    "step 10",
    "made from E where d_output belongs",
)
def backward_dwout_from_e(X, y, params, cache):
    A1 = cache["hidden_activations"]
    A2 = cache["output"]
    E = y - A2
    slope_output = sn.sigmoid_slope(A2)
    slope_hidden = sn.sigmoid_slope(A1)
    d_output = E * slope_output
    error_hidden = np.dot(d_output, params["wout"].T)
    d_hidden = error_hidden * slope_hidden
    dwout = np.dot(A1.T, E)
    dwh = np.dot(X.T, d_hidden)
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": dwout,
        "dbout": np.sum(d_output, axis=0),
        "dwh": dwh,
        "dbh": np.sum(d_hidden, axis=0),
    }


# dwh from error_hidden, mixed up which of the two hidden arrays goes into it
@attempt(
    "check_backward",
    "error_hidden_for_d_hidden",
    "dwh",
    "step 10",
    "made from error_hidden where d_hidden belongs",
)
def backward_dwh_from_error_hidden(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ error_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# both hidden changes from error_hidden, copy-pasted the two lines
@attempt(
    "check_backward",
    "error_hidden_for_d_hidden",
    "dwh",
    "step 10",
    "made from error_hidden where d_hidden belongs",
)
def backward_hidden_changes_from_error(X, y, params, cache):
    H = cache["hidden_activations"]
    out = cache["output"]
    E = y - out
    d_output = E * sn.sigmoid_slope(out)
    error_hidden = np.matmul(d_output, params["wout"].T)
    d_hidden = error_hidden * sn.sigmoid_slope(H)
    grads = {
        "E": E,
        "slope_output": sn.sigmoid_slope(out),
        "slope_hidden": sn.sigmoid_slope(H),
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": np.matmul(H.T, d_output),
        "dbout": d_output.sum(axis=0),
    }
    grads["dwh"] = np.matmul(X.T, error_hidden)
    grads["dbh"] = error_hidden.sum(axis=0)
    return grads


# the hidden weights get "the same as the output weights": the hidden activations times the delta
@attempt(
    "check_backward",
    "hidden_for_X",
    "dwh",
    "step 10",
    "made from hidden_activations where X belongs",
)
def backward_dwh_from_hidden(X, y, params, cache):
    H, out = cache["hidden_activations"], cache["output"]
    d_output = (y - out) * out * (1 - out)
    d_hidden = (d_output @ params["wout"].T) * H * (1 - H)
    grads = sn.backward(X, y, params, cache)
    grads["dwh"] = H.T @ d_hidden
    return grads


# dwout = X.T @ d_output: "the inputs times the delta", like the perceptron
@attempt(
    "check_backward",
    "X_for_hidden",
    "dwout",
    "step 10",
    "made from X where hidden_activations belongs",
)
def backward_dwout_from_x(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": X.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# np.dot(X.T, delta) for both layers, the same pattern twice
@attempt(
    "check_backward",
    "X_for_hidden",
    "dwout",
    "step 10",
    "made from X where hidden_activations belongs",
)
def backward_same_pattern_twice(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    E = y - A2
    delta_out = E * A2 * (1 - A2)
    err_h = np.dot(delta_out, params["wout"].T)
    delta_h = err_h * A1 * (1 - A1)
    grads = {}
    grads["E"] = E
    grads["slope_output"] = A2 * (1 - A2)
    grads["slope_hidden"] = A1 * (1 - A1)
    grads["d_output"] = delta_out
    grads["error_hidden"] = err_h
    grads["d_hidden"] = delta_h
    grads["dwout"] = np.dot(X.T, delta_out)
    grads["dbout"] = np.sum(delta_out, axis=0, keepdims=True)
    grads["dwh"] = np.dot(X.T, delta_h)
    grads["dbh"] = np.sum(delta_h, axis=0, keepdims=True)
    return grads


# E @ slope_output: "multiply" in the lesson meant the matrix product to me
@attempt("check_backward", "matrix_product_for_elementwise", "step 7", "multiplies entry by entry")
def backward_at_for_star_step7(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E @ slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden @ slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# np.dot everywhere to be consistent, also for the slopes
@attempt("check_backward", "matrix_product_for_elementwise", "step 7", "multiplies entry by entry")
def backward_np_dot_everywhere(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    E = y - A2
    slope_output = A2 * (1 - A2)
    slope_hidden = A1 * (1 - A1)
    d_output = np.dot(E, slope_output)
    error_hidden = np.dot(d_output, params["wout"].T)
    d_hidden = np.dot(error_hidden, slope_hidden)
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": np.dot(A1.T, d_output),
        "dbout": np.sum(d_output, axis=0),
        "dwh": np.dot(X.T, d_hidden),
        "dbh": np.sum(d_hidden, axis=0),
    }


# divided every change by the number of samples, "to average the gradient"
@attempt("check_backward", "mean_for_sum", "dwout", "step 10", "5 times too small")
def backward_with_means(X, y, params, cache):
    n = X.shape[0]
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output / n,
        "dbout": np.mean(d_output, axis=0, keepdims=True),
        "dwh": X.T @ d_hidden / n,
        "dbh": np.mean(d_hidden, axis=0, keepdims=True),
    }


# the bias changes as np.mean down the columns ("one number per unit", a mean seemed natural)
@attempt("check_backward", "mean_for_sum", "dbout", "step 11", "5 times too small")
def backward_bias_means(X, y, params, cache):
    H = cache["hidden_activations"]
    O = cache["output"]
    E = y - O
    slope_output = sn.sigmoid_slope(O)
    slope_hidden = sn.sigmoid_slope(H)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": H.T @ d_output,
        "dbout": np.mean(d_output, axis=0),
        "dwh": X.T @ d_hidden,
        "dbh": np.mean(d_hidden, axis=0),
    }


# divided by len(X) once, in the output delta, so it "carries through"
@attempt("check_backward", "mean_for_sum", "d_output", "step 7", "divided by the 5 samples")
def backward_divide_delta_by_n(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output / len(X)
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# the tutorial's step 7: d_output times the learning rate (my notebook's lr = 0.5)
@attempt(
    "check_backward",
    "lr_in_backward",
    "d_output",
    "step 7",
    "multiplied by the learning rate",
)
def backward_lr_in_step7(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output * lr
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# step 7 times learning_rate, a name I never defined in this notebook
@attempt(
    "check_backward",
    "lr_in_backward",
    "NameError",
    "learning_rate",
    "belongs to the update alone",
)
def backward_undefined_learning_rate(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    E = y - A2
    slope_output = sn.sigmoid_slope(A2)
    slope_hidden = sn.sigmoid_slope(A1)
    d_output = E * slope_output * learning_rate  # noqa: F821
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": A1.T @ d_output,
        "dbout": d_output.sum(axis=0),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0),
    }


# multiplied the weight changes by lr already, "so update only has to add them"
@attempt("check_backward", "lr_in_backward", "dwout", "step 10", "multiplied by the learning rate")
def backward_changes_times_lr(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output * lr,
        "dbout": d_output.sum(axis=0, keepdims=True) * lr,
        "dwh": X.T @ d_hidden * lr,
        "dbh": d_hidden.sum(axis=0, keepdims=True) * lr,
    }


# dbout = d_output: "the bias's delta is the delta", didn't sum
@attempt("check_backward", "bias_not_summed", "dbout", "step 11", "a row per sample")
def backward_bias_deltas_unsummed(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output,
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden,
    }


# summed dbout but forgot it for dbh (copy of d_hidden)
@attempt("check_backward", "bias_not_summed", "dbh", "step 11", "a row per sample")
def backward_dbh_unsummed(X, y, params, cache):
    H, O = cache["hidden_activations"], cache["output"]
    E = y - O
    d_output = E * sn.sigmoid_slope(O)
    error_hidden = np.dot(d_output, params["wout"].T)
    d_hidden = error_hidden * sn.sigmoid_slope(H)
    return {
        "E": E,
        "slope_output": sn.sigmoid_slope(O),
        "slope_hidden": sn.sigmoid_slope(H),
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": np.dot(H.T, d_output),
        "dbout": np.sum(d_output, axis=0, keepdims=True),
        "dwh": np.dot(X.T, d_hidden),
        "dbh": d_hidden.copy(),
    }


# tutorial 003's R rowSums, in numpy: dbh summed with axis=1
@attempt("check_backward", "bias_over_units", "dbh", "step 11", "over the units")
def backward_dbh_axis1(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=1),
    }


# axis=1 with keepdims for both biases: "sum across" each row
@attempt("check_backward", "bias_over_units", "dbout", "step 11", "over the units")
def backward_biases_axis1_keepdims(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    E = y - A2
    slope_output = A2 * (1 - A2)
    slope_hidden = A1 * (1 - A1)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": A1.T @ d_output,
        "dbout": np.sum(d_output, axis=1, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": np.sum(d_hidden, axis=1, keepdims=True),
    }


# d_output @ wout without the .T
@attempt("check_backward", "missing_transpose", "step 8", "takes a transpose")
def backward_wout_not_transposed(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"]
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# hidden @ d_output for dwout, forgot to transpose the activations
@attempt("check_backward", "missing_transpose", "step 10", "takes a transpose")
def backward_hidden_not_transposed(X, y, params, cache):
    H = cache["hidden_activations"]
    out = cache["output"]
    E = y - out
    slope_output = sn.sigmoid_slope(out)
    slope_hidden = sn.sigmoid_slope(H)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    dwout = H @ d_output
    dwh = X.T @ d_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": dwout,
        "dbout": d_output.sum(axis=0),
        "dwh": dwh,
        "dbh": d_hidden.sum(axis=0),
    }


# np.dot(X, d_hidden) for dwh, the .T got lost
@attempt("check_backward", "missing_transpose", "step 10", "takes a transpose")
def backward_x_not_transposed(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    E = y - A2
    d_output = E * sn.sigmoid_slope(A2)
    error_hidden = np.dot(d_output, params["wout"].T)
    d_hidden = error_hidden * sn.sigmoid_slope(A1)
    grads = {
        "E": E,
        "slope_output": sn.sigmoid_slope(A2),
        "slope_hidden": sn.sigmoid_slope(A1),
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": np.dot(A1.T, d_output),
        "dbout": np.sum(d_output, axis=0, keepdims=True),
    }
    grads["dwh"] = np.dot(X, d_hidden)
    grads["dbh"] = np.sum(d_hidden, axis=0, keepdims=True)
    return grads


# d_output.T @ hidden: both transposes in the wrong place (a (k, h) change)
@attempt("check_backward", "operands_swapped", "dwout", "step 10", "turned the wrong way")
def backward_dwout_swapped(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": d_output.T @ hidden,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": d_hidden.T @ X,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# * for the changes: hidden.T * d_output ("times")
@attempt("check_backward", "elementwise_for_matrix_product", "step 10", "multiplies entry by entry")
def backward_star_for_changes(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T * d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T * d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# computed everything and forgot the return at the end
@attempt("check_backward", "no_return", "None", "returned None")
def backward_no_return(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    grads = {}
    grads["E"] = y - output
    grads["slope_output"] = sn.sigmoid_slope(output)
    grads["slope_hidden"] = sn.sigmoid_slope(hidden)
    grads["d_output"] = grads["E"] * grads["slope_output"]
    grads["error_hidden"] = grads["d_output"] @ params["wout"].T
    grads["d_hidden"] = grads["error_hidden"] * grads["slope_hidden"]
    grads["dwout"] = hidden.T @ grads["d_output"]
    grads["dbout"] = grads["d_output"].sum(axis=0)
    grads["dwh"] = X.T @ grads["d_hidden"]
    grads["dbh"] = grads["d_hidden"].sum(axis=0)


# returned the four changes as a tuple, like most tutorials do
@attempt("check_backward", "not_named", "tuple", "needs a dict")
def backward_tuple_of_changes(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    d_output = (y - A2) * A2 * (1 - A2)
    d_hidden = d_output @ params["wout"].T * A1 * (1 - A1)
    dwout = A1.T @ d_output
    dbout = d_output.sum(axis=0, keepdims=True)
    dwh = X.T @ d_hidden
    dbh = d_hidden.sum(axis=0, keepdims=True)
    return dwh, dbh, dwout, dbout


# only the four changes in the dict, update only needs those
@attempt("check_backward", "name_missing", "E", "step 5", "returned no")
def backward_changes_only(X, y, params, cache):
    hidden = cache["hidden_activations"]
    output = cache["output"]
    d_output = (y - output) * sn.sigmoid_slope(output)
    d_hidden = (d_output @ params["wout"].T) * sn.sigmoid_slope(hidden)
    return {
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# forgot slope_hidden in the dict, it's computed and used, just not returned
@attempt("check_backward", "name_missing", "slope_hidden", "step 6", "returned no")
def backward_forgot_slope_hidden_key(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


# the changes named dW2, db2, dW1, db1, as in the course I did before
@attempt("check_backward", "near_miss_name", "dwout", "step 10", "where the checker looks for")
def backward_dw_names(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    E = y - A2
    slope_output = sn.sigmoid_slope(A2)
    slope_hidden = sn.sigmoid_slope(A1)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dW2": A1.T @ d_output,
        "db2": d_output.sum(axis=0, keepdims=True),
        "dW1": X.T @ d_hidden,
        "db1": d_hidden.sum(axis=0, keepdims=True),
    }


# "delta_output" and "delta_hidden", the names from the tutorial's text
@attempt("check_backward", "near_miss_name", "d_output", "step 7", "where the checker looks for")
def backward_delta_names(X, y, params, cache):
    H, O = cache["hidden_activations"], cache["output"]
    E = y - O
    delta_output = E * sn.sigmoid_slope(O)
    error_hidden = delta_output @ params["wout"].T
    delta_hidden = error_hidden * sn.sigmoid_slope(H)
    return {
        "E": E,
        "slope_output": sn.sigmoid_slope(O),
        "slope_hidden": sn.sigmoid_slope(H),
        "delta_output": delta_output,
        "error_hidden": error_hidden,
        "delta_hidden": delta_hidden,
        "dwout": H.T @ delta_output,
        "dbout": delta_output.sum(axis=0),
        "dwh": X.T @ delta_hidden,
        "dbh": delta_hidden.sum(axis=0),
    }


# keepdim=True (torch's spelling) in the bias sums
@attempt("check_backward", "error_other", "TypeError", "keepdim", "stopped")
def backward_keepdim_typo(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden_activations"]
    E = y - output
    slope_output = sn.sigmoid_slope(output)
    slope_hidden = sn.sigmoid_slope(hidden)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": np.sum(d_output, axis=0, keepdim=True),
        "dwh": X.T @ d_hidden,
        "dbh": np.sum(d_hidden, axis=0, keepdim=True),
    }


# cache["hidden"]: thought the cache used the short name
@attempt("check_backward", "error_other", "KeyError", "hidden", "holds")
def backward_cache_hidden_key(X, y, params, cache):
    output = cache["output"]
    hidden = cache["hidden"]
    E = y - output
    d_output = E * sn.sigmoid_slope(output)
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * sn.sigmoid_slope(hidden)
    return {
        "E": E,
        "slope_output": sn.sigmoid_slope(output),
        "slope_hidden": sn.sigmoid_slope(hidden),
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,
        "dbout": d_output.sum(axis=0),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0),
    }


# sn.sigmoid_derivative, the name from tutorial 000
@attempt("check_backward", "error_other", "AttributeError", "sigmoid_derivative", "did you mean")
def backward_sigmoid_derivative_name(X, y, params, cache):
    A1, A2 = cache["hidden_activations"], cache["output"]
    E = y - A2
    slope_output = sn.sigmoid_derivative(A2)
    slope_hidden = sn.sigmoid_derivative(A1)
    d_output = E * slope_output
    error_hidden = d_output @ params["wout"].T
    d_hidden = error_hidden * slope_hidden
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": A1.T @ d_output,
        "dbout": d_output.sum(axis=0),
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0),
    }


# ---------------------------------------------------------------------------------------------
# The update: steps 10 and 11, applied
# ---------------------------------------------------------------------------------------------


# dict(params) as a copy first, then the four lines by hand
@attempt("check_update", "pass", "PASS")
def update_dict_copy(params, grads, lr):
    new_params = dict(params)
    new_params["wh"] = params["wh"] + lr * grads["dwh"]
    new_params["bh"] = params["bh"] + lr * grads["dbh"]
    new_params["wout"] = params["wout"] + lr * grads["dwout"]
    new_params["bout"] = params["bout"] + lr * grads["dbout"]
    return new_params


# copy.deepcopy and then += on the copy's arrays
@attempt("check_update", "pass", "PASS")
def update_deepcopy(params, grads, lr):
    import copy

    new = copy.deepcopy(params)
    for name in ["wh", "bh", "wout", "bout"]:
        new[name] += lr * grads["d" + name]
    return new


# {**params, ...}, the weights first then the biases
@attempt("check_update", "pass", "PASS")
def update_unpacked(params, grads, lr):
    return {
        **params,
        "wh": params["wh"] + grads["dwh"] * lr,
        "wout": params["wout"] + grads["dwout"] * lr,
        "bh": params["bh"] + grads["dbh"] * lr,
        "bout": params["bout"] + grads["dbout"] * lr,
    }


# a new empty dict filled in a loop over sn.PARAM_NAMES
@attempt("check_update", "pass", "PASS")
def update_loop_new_dict(params, grads, lr):
    updated = {}
    for name in sn.PARAM_NAMES:
        updated[name] = params[name] + lr * grads[f"d{name}"]
    return updated


# lr twice: "lr * change", and the change already had lr in it in my head
@attempt("check_update", "lr_twice", "step 10", "wh", "applied twice")
def update_lr_squared(params, grads, lr):
    return {
        name: params[name] + lr * lr * grads["d" + name] for name in ["wh", "bh", "wout", "bout"]
    }


# scaled the change by lr, then multiplied by lr again when adding
@attempt("check_update", "lr_twice", "step 10", "wh", "applied twice")
def update_step_times_lr(params, grads, lr):
    new_params = {}
    for name in ("wh", "bh", "wout", "bout"):
        step = lr * grads["d" + name]
        new_params[name] = params[name] + step * lr
    return new_params


# wh + dwh, forgot the learning rate entirely
@attempt("check_update", "lr_missing", "step 10", "wh", "the whole change was added")
def update_no_lr(params, grads, lr):
    return {
        "wh": params["wh"] + grads["dwh"],
        "bh": params["bh"] + grads["dbh"],
        "wout": params["wout"] + grads["dwout"],
        "bout": params["bout"] + grads["dbout"],
    }


# lr on the weights, but not on the two bias lines
@attempt("check_update", "lr_missing", "step 11", "bh", "the whole change was added")
def update_biases_without_lr(params, grads, lr):
    wh = params["wh"] + lr * grads["dwh"]
    wout = params["wout"] + lr * grads["dwout"]
    bh = params["bh"] + grads["dbh"]
    bout = params["bout"] + grads["dbout"]
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout}


# gradient descent subtracts: w - lr * dw
@attempt("check_update", "subtracted", "step 10", "wh", "was subtracted")
def update_minus(params, grads, lr):
    return {name: params[name] - lr * grads["d" + name] for name in ["wh", "bh", "wout", "bout"]}


# "w -= lr * grad" on a copy, as in the other course
@attempt("check_update", "subtracted", "step 10", "wh", "was subtracted")
def update_minus_equals_on_copy(params, grads, lr):
    new = {name: value.copy() for name, value in params.items()}
    new["wh"] -= lr * grads["dwh"]
    new["bh"] -= lr * grads["dbh"]
    new["wout"] -= lr * grads["dwout"]
    new["bout"] -= lr * grads["dbout"]
    return new


# += straight on params' arrays, and returned params
@attempt(
    "check_update",
    "changed_in_place",
    "param",
    "wh",
    "it was given; leave its arguments as they were",
)
def update_plus_equals(params, grads, lr):
    params["wh"] += lr * grads["dwh"]
    params["bh"] += lr * grads["dbh"]
    params["wout"] += lr * grads["dwout"]
    params["bout"] += lr * grads["dbout"]
    return params


# new_params = params "makes a copy", then assigned into it
@attempt(
    "check_update",
    "changed_in_place",
    "param",
    "wh",
    "it was given; leave its arguments as they were",
)
def update_alias_not_copy(params, grads, lr):
    new_params = params
    for name in ["wh", "bh", "wout", "bout"]:
        new_params[name] = params[name] + lr * grads["d" + name]
    return new_params


# a loop over params.keys() assigning back into params
@attempt(
    "check_update",
    "changed_in_place",
    "param",
    "wh",
    "it was given; leave its arguments as they were",
)
def update_loop_assign_into_params(params, grads, lr):
    for key in params:
        params[key] = params[key] + lr * grads["d" + key]
    return params


# updated a copy in the loop but the return line is missing
@attempt("check_update", "no_return", "None", "returned None")
def update_no_return(params, grads, lr):
    new_params = {}
    for name in ["wh", "bh", "wout", "bout"]:
        new_params[name] = params[name] + lr * grads["d" + name]


# returned the four new arrays as a list, in the lesson's order
@attempt("check_update", "not_named", "list", "needs a dict")
def update_list(params, grads, lr):
    return [params[name] + lr * grads["d" + name] for name in ["wh", "bh", "wout", "bout"]]


# updated the weights only and forgot the biases
@attempt("check_update", "name_missing", "bh", "step 11", "returned no")
def update_weights_only(params, grads, lr):
    return {
        "wh": params["wh"] + lr * grads["dwh"],
        "wout": params["wout"] + lr * grads["dwout"],
    }


# returned W1, b1, W2, b2 (my names from another course)
@attempt("check_update", "near_miss_name", "wh", "step 10", "where the checker looks for")
def update_w1_names(params, grads, lr):
    W1 = params["wh"] + lr * grads["dwh"]
    b1 = params["bh"] + lr * grads["dbh"]
    W2 = params["wout"] + lr * grads["dwout"]
    b2 = params["bout"] + lr * grads["dbout"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


# grads["d_wh"]: put an underscore in the change's name, as in d_output
@attempt("check_update", "error_other", "KeyError", "d_wh", "holds")
def update_underscore_keys(params, grads, lr):
    return {name: params[name] + lr * grads["d_" + name] for name in ["wh", "bh", "wout", "bout"]}


# used learning_rate instead of the lr argument
@attempt("check_update", "error_other", "NameError", "learning_rate", "comes in as the argument lr")
def update_learning_rate_name(params, grads, lr):
    new_params = {}
    for name in ["wh", "bh", "wout", "bout"]:
        new_params[name] = params[name] + learning_rate * grads["d" + name]  # noqa: F821
    return new_params


# ---------------------------------------------------------------------------------------------
# Training: the loop
# ---------------------------------------------------------------------------------------------


# written from scratch, a numpy array of epochs zeros for the loss
@attempt("check_train", "pass", "PASS")
def train_from_scratch(X, y, params, lr, epochs):
    wh, bh, wout, bout = params["wh"], params["bh"], params["wout"], params["bout"]
    loss = np.zeros(epochs)
    for i in range(epochs):
        H = sn.sigmoid(X @ wh + bh)
        O = sn.sigmoid(H @ wout + bout)
        loss[i] = np.mean((y - O) ** 2) / 2
        d_output = (y - O) * O * (1 - O)
        d_hidden = (d_output @ wout.T) * H * (1 - H)
        wout = wout + lr * H.T @ d_output
        bout = bout + lr * d_output.sum(axis=0, keepdims=True)
        wh = wh + lr * X.T @ d_hidden
        bh = bh + lr * d_hidden.sum(axis=0, keepdims=True)
    return {"params": {"wh": wh, "bh": bh, "wout": wout, "bout": bout}, "loss": loss}


# sn.loss for the loss, {**params} copy first, and an extra "final_loss" key
@attempt("check_train", "pass", "PASS")
def train_sn_loss_extra_key(X, y, params, lr, epochs):
    current = {**params}
    history = []
    for _ in range(epochs):
        cache = my_forward(X, current)
        history.append(sn.loss(y, cache["output"]))
        current = my_update_params(current, my_backward(X, y, current, cache), lr)
    return {"params": current, "loss": np.array(history), "final_loss": history[-1]}


# a while loop with a counter, np.square for the loss
@attempt("check_train", "pass", "PASS")
def train_while_loop(X, y, params, lr, epochs):
    losses = []
    epoch = 0
    while epoch < epochs:
        fwd = forward_np_dot(X, params)
        losses.append(0.5 * np.mean(np.square(y - fwd["output"])))
        grads = backward_1d_sums(X, y, params, fwd)
        params = update_deepcopy(params, grads, lr)
        epoch += 1
    return {"params": params, "loss": losses}


# the loss as a sum of squares over half: "the total error"
@attempt("check_train", "loss_as_sum", "loss", "step 4", "a sum over the 10 entries")
def train_loss_sum_half(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.sum((y - cache["output"]) ** 2) / 2)
        grads = my_backward(X, y, params, cache)
        params = my_update_params(params, grads, lr)
    return {"params": params, "loss": losses}


# sum of squared errors, no half, no mean (SSE, written from scratch)
@attempt("check_train", "loss_as_sum", "loss", "step 4", "a sum over the 10 entries")
def train_sse_from_scratch(X, y, params, lr, epochs):
    p = {k: v.copy() for k, v in params.items()}
    loss = []
    for _ in range(epochs):
        A1 = sn.sigmoid(X @ p["wh"] + p["bh"])
        A2 = sn.sigmoid(A1 @ p["wout"] + p["bout"])
        err = y - A2
        loss.append(float((err**2).sum()))
        d2 = err * A2 * (1 - A2)
        d1 = d2 @ p["wout"].T * A1 * (1 - A1)
        p["wout"] = p["wout"] + lr * A1.T @ d2
        p["bout"] = p["bout"] + lr * d2.sum(axis=0)
        p["wh"] = p["wh"] + lr * X.T @ d1
        p["bh"] = p["bh"] + lr * d1.sum(axis=0)
    return {"params": p, "loss": loss}


# the loss as lesson 1's MSE, forgot the half
@attempt("check_train", "loss_without_half", "loss", "step 4", "half of it")
def train_mse(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2))
        grads = my_backward(X, y, params, cache)
        params = my_update_params(params, grads, lr)
    return {"params": params, "loss": losses}


# ((y - output) ** 2).mean() into a preallocated array, no / 2
@attempt("check_train", "loss_without_half", "loss", "step 4", "half of it")
def train_mse_array(X, y, params, lr, epochs):
    loss = np.empty(epochs)
    for i in range(epochs):
        fwd = my_forward(X, params)
        loss[i] = ((y - fwd["output"]) ** 2).mean()
        params = my_update_params(params, my_backward(X, y, params, fwd), lr)
    return {"params": params, "loss": loss}


# updated first, then measured the loss of the new weights ("the loss of this epoch")
@attempt("check_train", "loss_after_update", "loss", "step 4", "after the update")
def train_loss_after_update(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        grads = my_backward(X, y, params, cache)
        params = my_update_params(params, grads, lr)
        losses.append(np.mean((y - my_forward(X, params)["output"]) ** 2) / 2)
    return {"params": params, "loss": losses}


# printed-and-recorded the loss at the end of the epoch with sn.predict_output
@attempt("check_train", "loss_after_update", "loss", "step 4", "after the update")
def train_loss_at_epoch_end(X, y, params, lr, epochs):
    history = []
    for _ in range(epochs):
        cache = my_forward(X, params)
        params = my_update_params(params, my_backward(X, y, params, cache), lr)
        history.append(sn.loss(y, sn.predict_output(X, params)))
    return {"params": params, "loss": np.array(history)}


# range(1, epochs) "so the epochs count from 1"
@attempt("check_train", "epochs_short", "loss", "step 4", "one epoch too few")
def train_range_from_one(X, y, params, lr, epochs):
    losses = []
    for epoch in range(1, epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)
        grads = my_backward(X, y, params, cache)
        params = my_update_params(params, grads, lr)
    return {"params": params, "loss": losses}


# range(epochs - 1), off by one (thought range includes the end)
@attempt("check_train", "epochs_short", "loss", "step 4", "one epoch too few")
def train_range_minus_one(X, y, params, lr, epochs):
    loss = np.zeros(epochs - 1)
    for i in range(epochs - 1):
        out = forward_np_dot(X, params)
        loss[i] = np.mean((y - out["output"]) ** 2) / 2
        params = update_dict_copy(params, backward_1d_sums(X, y, params, out), lr)
    return {"params": params, "loss": loss}


# called the update but didn't keep what it returned
@attempt("check_train", "never_updated", "loss", "step 4", "never change")
def train_update_result_dropped(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)
        grads = my_backward(X, y, params, cache)
        my_update_params(params, grads, lr)
    return {"params": params, "loss": losses}


# kept the update in new_params, but the next epoch still used params
@attempt("check_train", "never_updated", "loss", "step 4", "never change")
def train_new_params_unused(X, y, params, lr, epochs):
    losses = []
    new_params = params
    for _ in range(epochs):
        cache = my_forward(X, params)
        losses.append(sn.loss(y, cache["output"]))
        grads = my_backward(X, y, params, cache)
        new_params = my_update_params(params, grads, lr)
    return {"params": new_params, "loss": losses}


def update_in_place(params, grads, lr):
    for name in ["wh", "bh", "wout", "bout"]:
        params[name] += lr * grads["d" + name]
    return params


# my update helper used += on the arrays, so the caller's start weights moved too
@attempt(
    "check_train",
    "changed_in_place",
    "param",
    "wh",
    "it was given; leave its arguments as they were",
)
def train_with_in_place_update(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)
        grads = my_backward(X, y, params, cache)
        params = update_in_place(params, grads, lr)
    return {"params": params, "loss": losses}


# trained from scratch writing straight into params[...] (no copy of the dict)
@attempt(
    "check_train",
    "changed_in_place",
    "param",
    "wh",
    "it was given; leave its arguments as they were",
)
def train_writes_into_params(X, y, params, lr, epochs):
    losses = []
    for _ in range(epochs):
        A1 = sn.sigmoid(X @ params["wh"] + params["bh"])
        A2 = sn.sigmoid(A1 @ params["wout"] + params["bout"])
        losses.append(np.mean((y - A2) ** 2) / 2)
        d2 = (y - A2) * A2 * (1 - A2)
        d1 = (d2 @ params["wout"].T) * A1 * (1 - A1)
        params["wout"] = params["wout"] + lr * (A1.T @ d2)
        params["bout"] = params["bout"] + lr * d2.sum(axis=0, keepdims=True)
        params["wh"] = params["wh"] + lr * (X.T @ d1)
        params["bh"] = params["bh"] + lr * d1.sum(axis=0, keepdims=True)
    return {"params": params, "loss": losses}


# multiplied the changes by lr in the loop and then passed lr to the update as well
@attempt("check_train", "lr_twice", "loss", "step 4", "applied twice")
def train_scaled_grads_and_lr(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)
        grads = my_backward(X, y, params, cache)
        grads = {name: lr * value for name, value in grads.items()}
        params = my_update_params(params, grads, lr)
    return {"params": params, "loss": losses}


# the loop is right but I only printed the result, no return
@attempt("check_train", "no_return", "None", "returned None")
def train_no_return(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)
        params = my_update_params(params, my_backward(X, y, params, cache), lr)
    print("final loss", losses[-1])


# returned params and losses as a tuple
@attempt("check_train", "not_named", "tuple", "needs a dict")
def train_tuple(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)
        params = my_update_params(params, my_backward(X, y, params, cache), lr)
    return params, losses


# returned only the trained params (in the dict), the losses were just for printing
@attempt("check_train", "name_missing", "loss", "step 4", "returned no")
def train_params_only(X, y, params, lr, epochs):
    for epoch in range(epochs):
        cache = my_forward(X, params)
        print(epoch, np.mean((y - cache["output"]) ** 2) / 2)
        params = my_update_params(params, my_backward(X, y, params, cache), lr)
    return {"params": params}


# the key "losses" for the list of losses
@attempt("check_train", "near_miss_name", "loss", "step 4", "where the checker looks for")
def train_losses_key(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)
        params = my_update_params(params, my_backward(X, y, params, cache), lr)
    return {"params": params, "losses": losses}


# called my_backward without the cache argument
@attempt("check_train", "error_other", "TypeError", "stopped")
def train_backward_missing_cache(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)
        grads = my_backward(X, y, params)
        params = my_update_params(params, grads, lr)
    return {"params": params, "loss": losses}


# took the output as cache["out"], my own short name from another cell
@attempt("check_train", "error_other", "KeyError", "out", "holds")
def train_cache_out_key(X, y, params, lr, epochs):
    losses = []
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["out"]) ** 2) / 2)
        params = my_update_params(params, my_backward(X, y, params, cache), lr)
    return {"params": params, "loss": losses}
