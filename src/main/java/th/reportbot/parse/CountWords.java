package th.reportbot.parse;

import java.util.List;

/**
 * The words around a number that tell it is not a count of registrations (docs/design.md, "What makes a number a
 * count"). Data only: {@link CountContext} applies them.
 */
final class CountWords {
    private CountWords() {
    }

    /** A number right after one of these is not a count: an ordinal, an address, an id, an amount, a version. */
    static final List<String> NEVER_AFTER = List.of(
            "ที่", "หมู่", "ม.", "ชั้น", "ครั้ง", "โทร", "โทร.", "โทรศัพท์", "โทรสาร", "แฟกซ์", "เบอร์", "มือถือ",
            "ไม่ใช่", "ไม่ถึง", "ยังไม่ได้", "ยังไม่ถึง", "ข้อ", "ซอย", "ห้อง", "รุ่น", "ฉบับ", "เวลา", "ปี", "พ.ศ.",
            "ค.ศ.", "ลำดับ", "ต่อ", "เลข", "#", "no.", "No.", "NO.", "รหัส", "ไปรษณีย์", "ไอดี", "ร้อยละ", "฿",
            "เวอร์ชัน", "เวอร์ชั่น", "ราคา", "งบ", "งบประมาณ", "อายุ", "คนละ", "OTP", "otp", "@",
            "ถนน", "หลัก", "ภายใน", "กม.", "ข้อที่", "ตอน", "ภาค", "ช่อง", "บาท", "บ่าย", "เย็น", "ไม่มี",
            "ป.", "ชม.", "แห่งละ", "หน่วยละ", "คิวที่", "คิว", "โต๊ะ", "ช่องที่", "ID", "id", "Id", "ไลน์");
    /** A number right before one of these counts something else: money, time, villages, machines, percent. */
    static final List<String> NEVER_BEFORE = List.of(
            "%", "บาท", "฿", "หมู่", "ตำบล", "แห่ง", "หน่วยงาน", "ครั้ง", "ชั่วโมง", "ชม", "นาที", "วินาที", "เดือน",
            "ปี", "หลัก", "ฉบับ", "วิธี", "ข้อ", "ชั้น", "โมง", "น.", "ตัว", "อำเภอ", "เครื่อง", "แผ่น", "จุด", "ชุด",
            "ครัวเรือน", "หลังคาเรือน", "คัน", "เล่ม", "ที่นั่ง", "เปอร์เซ็นต์", "เปอร์เซนต์", "ใบ", "กล่อง", "ป้าย",
            "หมวด", "ขั้นตอน", "อปท", "ตำแหน่ง", "รอบ", "ท่านละ", "คนละ", "gb", "GB", "MB", "กิโล", "กม", "เมตร",
            "ลิตร", "ไร่ ", "ชิ้น", "โครงการ", "หน้า", "รูป", "ภาพ", "คลิป", "ลิงก์", "ลิงค์", "โรงเรียน", "ปีงบ",
            ".-", "ม.", "ผิด", "ผืน", "อัน", "ช่อง", "หลัง", "ห้อง", "เส้น", "ลำ", "ก้อน", "ขวด", "แพ็ค", "ถุง", "ต้น", "โมงเช้า");
    /** "3 วัน" is a duration; these are days of the week or "today", not a number of days. */
    static final List<String> DAY_WORDS = List.of(
            "วันนี้", "วันที่", "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัส", "วันศุกร์", "วันเสาร์", "วันอาทิตย์");
    /** "สัปดาห์นี้", "สัปดาห์ที่แล้ว" after a count name the week of the change; "2 สัปดาห์" is a duration. */
    static final List<String> WEEK_WORDS = List.of("สัปดาห์นี้", "สัปดาห์ที่แล้ว", "สัปดาห์ก่อน");
    /**
     * Figures that are not registrations: a number after one of these, in the same stretch of the message, counts
     * people or money of another kind, unless a registration word stands between ("เป้าหมาย 500 ลงทะเบียนแล้ว 320").
     * Not "รวม": in "เป้า อบต.หนองกะปุ (รวมห้วยข้อง) 1,800 คน" it means "including".
     */
    static final List<String> OTHER_FIGURES = List.of(
            "ประชากร", "เป้าหมาย", "เป้า", "โควตา", "ครัวเรือน", "หลังคาเรือน", "ผู้เข้าร่วม", "ผู้เข้าประชุม",
            "เข้าประชุม", "เข้าร่วมประชุม", "เข้าอบรม", "ผู้เข้าอบรม", "นักเรียน", "งบประมาณ", "ค่าใช้จ่าย",
            "ผู้มีสิทธิ", "ผู้มีสิทธิ์", "จำนวนบ้าน", "บ้านเลขที่", "ที่อยู่", "เบอร์", "โทร", "ติดต่อ", "ขาดอีก",
            "เหลืออีก", "ยังเหลือ", "ขาด", "ต้องได้", "ต้องให้ได้", "อย่างน้อย", "ไม่ต่ำกว่า", "ไปรษณีย์", "รหัส",
            "เลขที่", "ไอดี", "ไลน์ไอดี", "ผู้ประสานงาน", "ประสานงาน", "ผู้สูงอายุ", "ผู้พิการ", "เด็ก", "ผู้ป่วย",
            "อสม", "ผู้นำ", "กำนัน", "ผู้ใหญ่บ้าน", "passcode", "Passcode", "password", "Password", "meeting id",
            "Meeting ID", "Meeting id", "รหัสผ่าน");
    static final List<String> REGISTRATION_WORDS = List.of(
            "ลงทะเบียน", "thaid", "สมัคร", "ยืนยันตัวตน", "รายงาน", "ยอด", "สะสม", "ปัจจุบัน");
}
