# What a lesson's cells computed: the environment its demo script leaves
# after it ran, once per test run. The script is r/demo/<name>.R, made from
# the lesson's one source with the notebook's code cells in order, so these
# are the numbers the R Markdown shows. What it prints and draws is dropped.
ran_lesson <- local({
  cache <- list()
  function(name) {
    if (is.null(cache[[name]])) {
      path <- system.file("demo", paste0(name, ".R"), package = "scratchnet")
      if (!nzchar(path)) {
        path <- testthat::test_path("..", "..", "demo", paste0(name, ".R"))
      }
      env <- new.env(parent = globalenv())
      grDevices::pdf(NULL)
      on.exit(grDevices::dev.off())
      utils::capture.output(sys.source(path, envir = env))
      cache[[name]] <<- env
    }
    cache[[name]]
  }
})
