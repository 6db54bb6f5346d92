import Testing

@testable import DossierLintKit

@Suite("message texts")
struct MessageTextTests {
    @Test("pieces concatenated as bytes are the pieces joined, byte for byte")
    func concatenating() {
        #expect(String.concatenating() == "")
        #expect(String.concatenating("a") == "a")
        #expect(String.concatenating("无法核查 ", "5.4", "：", "缺少审核组") == "无法核查 5.4：缺少审核组")
        let pieces = ["e", "\u{301}", "", "审", "😀", "a\nb", "~"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let chosen = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            let joined = chosen.joined()
            var made = ""
            switch chosen.count {
            case 0: made = String.concatenating()
            case 1: made = String.concatenating(chosen[0])
            case 2: made = String.concatenating(chosen[0], chosen[1])
            case 3: made = String.concatenating(chosen[0], chosen[1], chosen[2])
            case 4: made = String.concatenating(chosen[0], chosen[1], chosen[2], chosen[3])
            case 5: made = String.concatenating(chosen[0], chosen[1], chosen[2], chosen[3], chosen[4])
            default: made = String.concatenating(chosen[0], chosen[1], chosen[2], chosen[3], chosen[4], chosen[5])
            }
            #expect(Array(made.utf8) == Array(joined.utf8))
        }
    }
}
