import Digest
import Document

/// What every meeting-output composer works from: the facts and digest of one audience's view,
/// the output's template, and the texts and message blocks in the output's language.
struct MeetingComposition: Sendable {
    let facts: MeetingFacts
    let digest: MeetingDigest
    let template: OutputTemplate
    let texts: OutputTexts
    let messages: MessageBlocks

    init(facts: MeetingFacts, digest: MeetingDigest, template: OutputTemplate) {
        self.facts = facts
        self.digest = digest
        self.template = template
        texts = OutputTexts(template: template, language: facts.language)
        messages = MessageBlocks(texts: texts, provenance: ItemProvenance.of)
    }
}

/// A composer of meeting outputs: reaches its composition's parts by name.
protocol MeetingComposer {
    var parts: MeetingComposition { get }
}

extension MeetingComposer {
    var facts: MeetingFacts { parts.facts }
    var digest: MeetingDigest { parts.digest }
    var template: OutputTemplate { parts.template }
    var texts: OutputTexts { parts.texts }
    var messages: MessageBlocks { parts.messages }
}
