"""The lessons, runnable: ``python -m scratchnet.lessons.<name>``.

Each module is the code cells of one lesson of the course, in order, with
its prose as comments; R's twin is ``demo("<name>", package = "scratchnet")``.
Made by ``make notebooks`` from ``course/lessons/``: edit those, not these.

1. ``neuron``: Lesson 1: a neuron, a 2-2-1 network, the MSE loss
2. ``perceptron``: Lesson 2: weighted sum, step, bias; the perceptron rule and XOR
3. ``single_layer``: Lesson 3: a single-layer network and the arithmetic of learning
4. ``gender_sgd``: Lesson 4: gender from weight and height, by stochastic gradient descent
5. ``xor_mlp``: Lesson 5: XOR, solved by a hidden layer
6. ``batch_vs_stochastic``: Lesson 6: full-batch versus stochastic gradient descent
7. ``notebook``: Lesson 7: the notebook walkthrough, one step at a time
8. ``derivation``: Lesson 8: why backpropagation is what it is
9. ``exercises``: Lesson 9: write the network yourself, and check it
"""

LESSONS = [
    "neuron",
    "perceptron",
    "single_layer",
    "gender_sgd",
    "xor_mlp",
    "batch_vs_stochastic",
    "notebook",
    "derivation",
    "exercises",
]
