import DossierLintKit

/// A certificate re-issued within its validity (Annex C.3): an entry of
/// `certificates[].reissues`, or a later entry of `certificates` carrying the
/// number of an earlier one. It knows the Annex A codes and sites the
/// certificate showed before it and shows after it.
struct CertificateReissue {
    /// The `reissues` entry, or the later `certificates` entry.
    let field: Field
    /// The first `certificates` entry with this number: the certificate re-issued.
    let certificate: Field
    /// Whether the re-issue is written as another `certificates` entry.
    let isCertificateEntry: Bool
    /// Annex A codes before the re-issue, when known.
    let codesBefore: [String]?
    /// Annex A codes after the re-issue, when known (unchanged unless written).
    let codesAfter: [String]?
    /// Site ids before the re-issue, when known.
    let sitesBefore: [String]?
    /// Site ids after the re-issue, when known (unchanged unless written).
    let sitesAfter: [String]?

    /// The field holding the re-issue day: `on`, or the later entry's `issued_on`.
    var dayField: Field { isCertificateEntry ? field["issued_on"] : field["on"] }

    /// Codes the re-issue adds to the certificate's scope.
    var addedCodes: [String] { added(codesAfter, to: codesBefore) }

    /// Sites the re-issue adds to the certificate.
    var addedSites: [String] { added(sitesAfter, to: sitesBefore) }

    private func added(_ after: [String]?, to before: [String]?) -> [String] {
        guard let after, let before else { return [] }
        return after.filter { !before.contains($0) }
    }
}

/// Reads the re-issues of the dossier's certificates, once per dossier: several rules ask.
enum CertificateReissues: DossierReading {
    /// Every re-issue, certificate by certificate in file order, each certificate's in order.
    /// A certificate's codes are its `scope_codes`, else the application's `scope_codes`.
    static func all(in dossier: Dossier) -> [CertificateReissue] { dossier.reading(CertificateReissues.self) }

    /// Reads every re-issue (see `all(in:)`).
    static func read(_ dossier: Dossier) -> [CertificateReissue] {
        var result: [CertificateReissue] = []
        var state: [String: (first: Field, codes: [String]?, sites: [String]?)] = [:]
        for (index, entry) in dossier["certificates"].elements.enumerated() {
            let key = entry["number"].string.map { AnnexCGrammar.normalised($0).uppercased() } ?? "#\(index)"
            let ownCodes = entry["scope_codes"].texts.value
            let ownSites = entry["sites"].texts.value
            var codes: [String]?
            var sites: [String]?
            if let earlier = state[key] {
                codes = ownCodes ?? earlier.codes
                sites = ownSites ?? earlier.sites
                result.append(
                    CertificateReissue(
                        field: entry, certificate: earlier.first, isCertificateEntry: true,
                        codesBefore: earlier.codes, codesAfter: codes, sitesBefore: earlier.sites, sitesAfter: sites))
            } else {
                codes = ownCodes ?? dossier["application"]["scope_codes"].texts.value
                sites = ownSites
            }
            let first = state[key]?.first ?? entry
            for reissue in entry["reissues"].elements {
                let newCodes = reissue["scope_codes"].texts.value ?? codes
                let newSites = reissue["sites"].texts.value ?? sites
                result.append(
                    CertificateReissue(
                        field: reissue, certificate: first, isCertificateEntry: false,
                        codesBefore: codes, codesAfter: newCodes, sitesBefore: sites, sitesAfter: newSites))
                codes = newCodes
                sites = newSites
            }
            state[key] = (first, codes, sites)
        }
        return result
    }
}
