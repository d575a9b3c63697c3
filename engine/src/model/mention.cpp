#include <annalist/model/mention.hpp>

namespace annalist {

std::string_view to_string(anchor a) {
    switch (a) {
    case anchor::absolute:
        return "absolute";
    case anchor::publication:
        return "publication";
    case anchor::previous:
        return "previous";
    case anchor::event:
        return "event";
    }
    return "?";
}

} // namespace annalist
