#' scratchnet: a one-hidden-layer sigmoid network, written to be read
#'
#' A one-hidden-layer, full-batch gradient-descent sigmoid network in base R,
#' written step by step to be read, with a course of nine lessons and
#' checkers for your own code. The same network lives in Python (the Python
#' package `scratchnet`); both start from the same seed with the same
#' weights, bit for bit, and compute the same numbers. The package carries its datasets, so it works from any
#' folder.
#'
#' The learning path, in order:
#' 1. the course: `write_course("~/scratchnet-course")` writes its nine
#'    lessons as R Markdown to open, edit and knit, from one neuron to the
#'    network, a derivation of backpropagation and exercises; each also runs
#'    as a script, `demo("lesson01_neuron", package = "scratchnet")` to
#'    `demo("lesson09_exercises", package = "scratchnet")`
#'    (`demo(package = "scratchnet")` lists them in order);
#' 2. the network, steps 0-11: [init_params()], [forward()], [backward()],
#'    [update_params()] and [train()];
#' 3. one seed, the same start weights in both languages: [runif_from_seed()];
#' 4. the recipe every run uses: [run_experiment()];
#' 5. the same network rearranged for speed: [train_fast()];
#' 6. write your own forward, backward, update_params and train, and
#'    [check_forward()], [check_backward()], [check_update()] and
#'    [check_train()] say which step, if any, is wrong, and what your numbers
#'    are (see [exercises]).
#'
#' From the shell: `Rscript -e 'quit(status = scratchnet::main())' --help`.
#'
#' @examples
#' run <- run_experiment("toy")
#' round(run$output, 3)
#' @keywords internal
"_PACKAGE"
