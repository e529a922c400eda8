"""Solutions to Lesson 9: write the network yourself, and check it: try it first."""

import numpy as np

import scratchnet as sn


def my_forward(X, params):
    """Steps 2-4 on X (n, d) with params wh (d, h), bh (1, h), wout (h, k), bout (1, k).

    Return a dict of four arrays: hidden_layer_input (n, h), hidden_activations (n, h),
    output_layer_input (n, k) and output (n, k). numpy adds a (1, h) bias to every row.
    """
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


passed = sn.check_forward(my_forward)


def my_backward(X, y, params, cache):
    """Steps 5-11. y is (n, k); cache holds hidden_activations (n, h) and output (n, k).

    Return a dict of ten arrays: E, slope_output, d_output (n, k); slope_hidden,
    error_hidden, d_hidden (n, h); dwout (h, k), dbout (1, k), dwh (d, h), dbh (1, h)
    (for the bias changes, the 1-D sums (k,) and (h,) will do).
    """
    output, hidden = cache["output"], cache["hidden_activations"]
    E = y - output  # Step 5
    slope_output, slope_hidden = sn.sigmoid_slope(output), sn.sigmoid_slope(hidden)  # Step 6
    d_output = E * slope_output  # Step 7
    error_hidden = d_output @ params["wout"].T  # Step 8
    d_hidden = error_hidden * slope_hidden  # Step 9
    changes = {"dwout": hidden.T @ d_output, "dbout": d_output.sum(axis=0)}  # Steps 10-11
    changes.update({"dwh": X.T @ d_hidden, "dbh": d_hidden.sum(axis=0)})
    return {"E": E, "slope_output": slope_output, "slope_hidden": slope_hidden,
            "d_output": d_output, "error_hidden": error_hidden, "d_hidden": d_hidden,
            **changes}  # fmt: skip


passed = sn.check_backward(my_backward)


def my_update_params(params, grads, lr):
    """Steps 10-11: each of wh, bh, wout, bout plus lr times its change (dwh, dbh, ...).

    Return NEW parameters, a dict with the same four names and shapes; leave params as it was.
    """
    return {name: params[name] + lr * grads["d" + name] for name in ("wh", "bh", "wout", "bout")}


passed = sn.check_update(my_update_params)


def my_train(X, y, params, lr, epochs):
    """Train for epochs epochs with my_forward, my_backward and my_update_params.

    Return {"params": the trained parameters, "loss": the epochs' losses, in order}.
    """
    losses = []
    for _ in range(epochs):
        cache = my_forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2) / 2)  # before the update
        params = my_update_params(params, my_backward(X, y, params, cache), lr)
    return {"params": params, "loss": np.array(losses)}


passed = sn.check_train(my_train)
