// Running heads, page numbers, rules and bands are drawn outside every structure element: PDF/UA
// wants such content marked as /Artifact, and Cairo 1.16's tag API cannot write an artifact. This
// step reads a page's decoded content stream token by token, copies every byte as it was written,
// and opens an artifact before a painting operator met at marked-content depth 0, closing it
// before the next structure element's content (an MCID sequence), before a graphics-state
// restore, or at the end.
//
// The lexer is written here, not taken from libqpdf: QPDFTokenizer (tried first) cost about a
// thousand instructions a token, a sixth of a whole render, and only the token boundaries are
// needed (PDF 32000-1 §7.2: delimiters, strings with nested parentheses and escapes, hex strings,
// dictionaries, names, comments; inline image data up to EI). Everything else stays libqpdf's.
#include "CArtifacts.h"

#include <qpdf/Pl_Flate.hh>

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

bool isSpace(unsigned char c) { return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32; }
bool isDelimiter(unsigned char c) {
    return isSpace(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
           c == '}' || c == '/' || c == '%';
}

/// Operators that set graphics or text state and paint nothing: they stay outside an artifact.
bool setsStateOnly(std::string_view op) {
    static const std::string_view state[] = {"q", "Q", "cm", "w", "J", "j", "M", "d", "ri", "i", "gs", "CS", "cs",
                                             "SC", "SCN", "sc", "scn", "G", "g", "RG", "rg", "K", "k", "Tc", "Tw",
                                             "Tz", "TL", "Tf", "Tr", "Ts", "BX", "EX"};
    for (auto s : state)
        if (s == op) return true;
    return false;
}

bool mark(std::string_view in, std::string &out) {
    size_t i = 0, n = in.size();
    size_t operandsStart = 0;      // where the operands of the next operator begin
    bool operandsHaveMCID = false; // a dictionary among them holds /MCID
    int depth = 0;                 // marked-content depth as written by Cairo
    bool artifact = false, text = false, artifactInText = false, textInArtifact = false;
    out.reserve(n + n / 16);
    auto close = [&] { out += "\nEMC\n"; artifact = false; artifactInText = false; textInArtifact = false; };
    while (i < n) {
        unsigned char c = in[i];
        if (isSpace(c)) { i++; continue; }
        if (c == '%') { while (i < n && in[i] != '\n' && in[i] != '\r') i++; continue; }
        if (c == '(') {
            int nesting = 0;
            do {
                if (in[i] == '\\') { i += 2; continue; }
                if (in[i] == '(') nesting++;
                else if (in[i] == ')') nesting--;
                i++;
            } while (i < n && nesting > 0);
            if (nesting > 0) return false;
            continue;
        }
        if (c == '<' && i + 1 < n && in[i + 1] == '<') {
            // A dictionary (marked-content properties): its keys are names, its strings skipped.
            int nesting = 0;
            while (i < n) {
                if (in[i] == '<' && i + 1 < n && in[i + 1] == '<') { nesting++; i += 2; continue; }
                if (in[i] == '>' && i + 1 < n && in[i + 1] == '>') { nesting--; i += 2; if (nesting == 0) break; continue; }
                if (in[i] == '(') {
                    int inner = 0;
                    do {
                        if (in[i] == '\\') { i += 2; continue; }
                        if (in[i] == '(') inner++;
                        else if (in[i] == ')') inner--;
                        i++;
                    } while (i < n && inner > 0);
                    continue;
                }
                if (in.compare(i, 5, "/MCID") == 0 && (i + 5 >= n || isDelimiter(in[i + 5]))) operandsHaveMCID = true;
                i++;
            }
            if (nesting != 0) return false;
            continue;
        }
        if (c == '<') {
            while (i < n && in[i] != '>') i++;
            if (i >= n) return false;
            i++;
            continue;
        }
        if (c == '>' || c == ')' || c == '{' || c == '}') return false;
        if (c == '[' || c == ']') { i++; continue; }
        if (c == '/') {
            i++;
            while (i < n && !isDelimiter(in[i])) i++;
            continue;
        }
        size_t start = i;
        while (i < n && !isDelimiter(in[i])) i++;
        std::string_view word = in.substr(start, i - start);
        unsigned char f = word[0];
        if ((f >= '0' && f <= '9') || f == '-' || f == '+' || f == '.' || word == "true" || word == "false" || word == "null")
            continue;
        // An operator: its operands are in[operandsStart, start).
        if (word == "BDC" || word == "BMC") {
            // A structure element's content (an MCID) ends the artifact; a sequence without one
            // (Cairo's /Span with /ActualText at a line break) nests inside it.
            if (depth == 0 && artifact && operandsHaveMCID) {
                if (textInArtifact) return false;
                close();
            }
            depth++;
        } else if (word == "EMC") {
            if (--depth < 0) return false;
        } else if (word == "ET") {
            if (artifact && artifactInText) close();
        } else if (word == "Q") {
            // Ended before a restore, so that save and restore pairs stay around whole sequences.
            if (depth == 0 && artifact && !text) close();
        } else if (depth == 0 && !artifact && !setsStateOnly(word)) {
            out += "\n/Artifact BMC\n";
            artifact = true;
            artifactInText = text;
        }
        if (word == "BT") { text = true; textInArtifact = artifact; }
        if (word == "ET") { text = false; textInArtifact = false; }
        if (word == "ID") {
            // Inline image data, raw, up to the EI that follows a white-space byte.
            i++;
            while (i + 2 < n && !(isSpace(in[i - 1]) && in[i] == 'E' && in[i + 1] == 'I' && isDelimiter(in[i + 2]))) i++;
            if (i + 2 >= n) return false;
            i += 2;
        }
        out.append(in.data() + operandsStart, i - operandsStart);
        operandsStart = i;
        operandsHaveMCID = false;
    }
    if (depth != 0 || text) return false;
    out.append(in.data() + operandsStart, n - operandsStart);
    if (artifact) close();
    return true;
}

} // namespace

extern "C" int stocktake_mark_artifacts(const unsigned char *content, size_t length, unsigned char **out, size_t *out_length) {
    *out = nullptr;
    *out_length = 0;
    try {
        std::string output;
        if (!mark(std::string_view(reinterpret_cast<const char *>(content), length), output)) return 1;
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

extern "C" void stocktake_set_flate_level(int level) { Pl_Flate::setCompressionLevel(level); }
