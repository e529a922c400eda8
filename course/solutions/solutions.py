"""Solutions to lesson 9's exercises (Python). Try the exercises first.

``tests/course/`` runs every checker on these; they must pass.
"""

from __future__ import annotations

import numpy as np

from scratchnet.network import sigmoid


def my_forward(X, params):
    hidden_layer_input = X @ params["wh"] + params["bh"]  # Step 2
    hidden_activations = sigmoid(hidden_layer_input)  # Step 3
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]  # Step 4
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": sigmoid(output_layer_input),
    }


def my_backward(X, y, params, cache):
    output, hidden = cache["output"], cache["hidden_activations"]
    E = y - output  # Step 5
    slope_output = output * (1 - output)  # Step 6
    slope_hidden = hidden * (1 - hidden)
    d_output = E * slope_output  # Step 7
    error_hidden = d_output @ params["wout"].T  # Step 8
    d_hidden = error_hidden * slope_hidden  # Step 9
    return {
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden.T @ d_output,  # Step 10
        "dbout": d_output.sum(axis=0, keepdims=True),  # Step 11: over samples
        "dwh": X.T @ d_hidden,
        "dbh": d_hidden.sum(axis=0, keepdims=True),
    }


def my_update_params(params, grads, lr):
    return {name: params[name] + grads[f"d{name}"] * lr for name in params}  # Steps 10-11


def my_train(X, y, params, lr, epochs):
    losses = np.empty(epochs)
    for epoch in range(epochs):
        cache = my_forward(X, params)
        losses[epoch] = np.mean((y - cache["output"]) ** 2) / 2  # before the update
        params = my_update_params(params, my_backward(X, y, params, cache), lr)
    return {"params": params, "loss": losses}
