// Test helper: runs the mlsysim command line (MLSYSIM_CLI) and captures exit code, stdout and
// stderr. Shared by the CLI test executables.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace cli_runner {

struct Run {
  int code;
  std::string out;  ///< stdout
  std::string err;  ///< stderr
};

/// Runs `mlsysim ARGS` through the shell.
inline Run mlsysim(const std::string& args) {
  // One stderr file per call: ctest runs test cases in parallel processes.
  static int calls = 0;
  const std::string err_file =
      std::filesystem::temp_directory_path() /
      ("mlsysim-cli-test-" + std::to_string(getpid()) + "-" + std::to_string(++calls) + ".err");
  const std::string cmd = std::string(MLSYSIM_CLI) + " " + args + " 2>" + err_file;
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  while (pipe != nullptr && fgets(buf, sizeof buf, pipe) != nullptr) out += buf;
  const int status = pipe != nullptr ? pclose(pipe) : -1;
  std::ifstream in(err_file);
  std::stringstream err;
  err << in.rdbuf();
  std::filesystem::remove(err_file);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, err.str()};
}

}  // namespace cli_runner
