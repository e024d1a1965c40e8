// Running heads, page numbers, rules and bands are drawn outside every structure element: PDF/UA
// wants such content marked as /Artifact, and Cairo 1.16's tag API cannot write an artifact. This
// step reads each page's content stream with libqpdf's tokenizer (never a text search of PDF
// bytes), copies every token as it was written, and opens an artifact before a painting operator
// met at marked-content depth 0, closing it before the next structure element's content, before a
// graphics-state restore, or at the end.
#include "CArtifacts.h"

#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDFTokenizer.hh>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>
#include <string>

namespace {

/// Operators that set graphics or text state and paint nothing: they stay outside an artifact.
bool setsStateOnly(std::string const &op) {
    static const std::set<std::string> state = {
        "q", "Q", "cm", "w", "J", "j", "M", "d", "ri", "i", "gs", "CS", "cs", "SC", "SCN", "sc", "scn",
        "G", "g", "RG", "rg", "K", "k", "Tc", "Tw", "Tz", "TL", "Tf", "Tr", "Ts", "BX", "EX"};
    return state.count(op) > 0;
}

bool mark(std::string const &input, std::string &output) {
    auto source = std::make_shared<BufferInputSource>("content stream", input);
    QPDFTokenizer tokenizer;
    tokenizer.allowEOF();
    tokenizer.includeIgnorable();
    std::string pending;   // operands (and spaces) read since the last operator
    int depth = 0;         // marked-content depth as written by Cairo
    bool artifact = false; // an artifact this step opened is open
    bool text = false;     // inside BT … ET
    bool artifactInText = false;  // the open artifact began inside the current text object
    bool textInArtifact = false;  // the current text object began inside the open artifact
    output.reserve(input.size() + input.size() / 16);
    auto close = [&] { output += "\nEMC\n"; artifact = false; artifactInText = false; textInArtifact = false; };
    for (;;) {
        QPDFTokenizer::Token token = tokenizer.readToken(source, "content stream", true);
        auto type = token.getType();
        if (type == QPDFTokenizer::tt_eof) break;
        if (type == QPDFTokenizer::tt_bad) return false;
        if (type != QPDFTokenizer::tt_word) {
            pending += token.getRawValue();
            continue;
        }
        std::string const op = token.getValue();
        if (op == "BDC" || op == "BMC") {
            // A structure element's content (an MCID) ends the artifact; a sequence without one
            // (Cairo's /Span with /ActualText at a line break) nests inside it.
            bool element = op == "BDC" && pending.find("/MCID") != std::string::npos;
            if (depth == 0 && artifact && element) {
                if (textInArtifact) return false;
                close();
            }
            depth += 1;
        } else if (op == "Q") {
            // Ended before a restore, so that save and restore pairs stay around whole sequences.
            if (depth == 0 && artifact && !text) close();
        } else if (op == "EMC") {
            if (--depth < 0) return false;
        } else if (op == "ET") {
            if (artifact && artifactInText) close();
        } else if (depth == 0 && !artifact && !setsStateOnly(op)) {
            output += "\n/Artifact BMC\n";
            artifact = true;
            artifactInText = text;
        }
        if (op == "BT") { text = true; textInArtifact = artifact; }
        if (op == "ET") { text = false; textInArtifact = false; }
        output += pending;
        output += token.getRawValue();
        pending.clear();
        if (op == "ID") {
            // An inline image: its data is read raw, up to EI.
            char next;
            if (source->read(&next, 1) != 1) return false;
            output += next;
            tokenizer.expectInlineImage(source);
            QPDFTokenizer::Token image = tokenizer.readToken(source, "inline image", true);
            if (image.getType() != QPDFTokenizer::tt_inline_image) return false;
            output += image.getRawValue();
        }
    }
    if (depth != 0 || text) return false;
    output += pending;
    if (artifact) close();
    return true;
}

} // namespace

extern "C" int stocktake_mark_artifacts(const unsigned char *content, size_t length, unsigned char **out, size_t *out_length) {
    *out = nullptr;
    *out_length = 0;
    try {
        std::string output;
        if (!mark(std::string(reinterpret_cast<const char *>(content), length), output)) return 1;
        auto *buffer = static_cast<unsigned char *>(std::malloc(output.size() ? output.size() : 1));
        if (!buffer) return 1;
        std::memcpy(buffer, output.data(), output.size());
        *out = buffer;
        *out_length = output.size();
        return 0;
    } catch (...) {
        return 1;
    }
}
