// Rendering reports: text (one line per finding, gcc-style location) and versioned JSON.
#pragma once

#include <cstddef>
#include <ostream>
#include <string_view>
#include <vector>

#include "mlmlint/diagnostic.h"
#include "mlmlint/json_text.h"

namespace mlmlint {

struct Summary {
  std::size_t files = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  void add(const FileReport& report);
};

// `path:line:col: severity CODE name: message`, one line per finding.
void write_text_file(std::ostream& out, const FileReport& report);
std::string text_summary(const Summary& summary);

// {"version":1,"files":[...],"summary":{...}} — streamed: begin, one call per file, end.
class JsonReportWriter {
 public:
  explicit JsonReportWriter(std::ostream& out);
  void file(const FileReport& report);
  void finish(const Summary& summary);

 private:
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace mlmlint
