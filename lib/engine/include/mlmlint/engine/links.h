// --follow-links: the files a STAC catalogue reaches through its `child` and `item` links, found before
// anything is checked (only catalogues and collections are read for links; items are only located).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/engine/discover.h"

namespace mlmlint {

struct LinkOptions {
  long max_depth = -1;                    // link hops followed from a starting file (0: none); -1 = no limit
  std::size_t max_file_size = 64u << 20;  // larger files are not read for links (the check reports them)
};

struct LinkWalk {
  // MLM905 findings (with their source lines) of the file that holds the broken links, by its path.
  std::unordered_map<std::string, FileReport> broken;
  // Remote hrefs (http, https, s3, ...) that were not followed, each once, in the order met.
  std::vector<std::string> remote;
  std::size_t reached = 0;  // files added by following links
};

// Reads the links of every input for which `is_start(index)` holds and adds each file reached, depth-first in
// link order, right after the file that links it. A file (by device and inode, so symlinks and different
// spellings of a path count once) is listed once: links to a file already listed, cycles included, are not
// followed again, and inputs already reached by a link are dropped from their later place. `accept(path,
// true)` decides whether a file reached by a link is checked (configuration excludes). `child` targets are
// read for links in turn; `item` targets are only located. A link whose target does not exist, is not a
// regular file, or (for `child` links, which are read) is not valid JSON is an MLM905 at /links/K/href of the
// file holding it. Input problems keep their place among the files. A file reached by a link counts as named
// (it leaves inputs.found): the catalogue says it is STAC.
LinkWalk follow_links(Inputs& inputs, const std::function<bool(std::size_t)>& is_start, const FileFilter& accept,
                      const LinkOptions& options);

}  // namespace mlmlint
