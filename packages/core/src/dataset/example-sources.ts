import { stableId, type SourceId } from '../shared/ids.js';
import { NATIONAL_SOURCES } from '../import/national-sources.js';
import type { SourceInput } from '../source/source.js';

/** The sources every record of the example dataset cites. */
export const EXAMPLE_SOURCES = {
  article: {
    kind: 'document',
    id: stableId<SourceId>('src', 'bao-tuyen-quang-de-an-02'),
    title: 'Báo Tuyên Quang — «Bài 2: Hiểu dân để nâng cao cuộc sống cho dân» (về Đề án 02-ĐA/TU)',
    citation:
      'Báo Tuyên Quang, loạt bài về Đề án số 02-ĐA/TU ngày 23-5-2021 của Ban Thường vụ Tỉnh ủy Tuyên Quang; bản lưu của dự án: shared/seed/article-tuyen-quang-de-an-02.txt',
  },
  articleHoldings: {
    kind: 'document',
    id: stableId<SourceId>('src', 'bao-tuyen-quang-de-an-02-chuc-vu'),
    title: 'Chức vụ nêu trong bài báo về Đề án 02-ĐA/TU',
    citation: 'Báo Tuyên Quang, «Bài 2: Hiểu dân để nâng cao cuộc sống cho dân»',
    note:
      'Bài báo nêu chức vụ tại thời điểm đăng (sau khi Đề án 02 ban hành ngày 23-5-2021). Hiệu lực ghi từ 2021-05-23 ' +
      'đến khi đơn vị/tổ chức kết thúc (2025-07-01) là giả định của bộ dữ liệu mẫu, không phải ngày bổ nhiệm thật.',
  },
  termDates: {
    kind: 'document',
    id: stableId<SourceId>('src', 'nhiem-ky-dang-bo-tinh'),
    title: 'Nhiệm kỳ Đảng bộ tỉnh Tuyên Quang 2015–2020 và 2020–2025',
    citation: 'Báo Tuyên Quang, «Bài 2: Hiểu dân để nâng cao cuộc sống cho dân» (nêu nhiệm kỳ 2015–2020 và nhiệm kỳ hiện tại)',
    note: 'Ngày bắt đầu và kết thúc nhiệm kỳ lấy gần đúng theo tháng đại hội (tháng 10); nhiệm kỳ 2020–2025 kết thúc khi tỉnh cũ kết thúc (2025-07-01).',
  },
  // The national unit lists the example units come from: the sources the national import cites.
  ...NATIONAL_SOURCES,
  frontLaw2015: {
    kind: 'document',
    id: stableId<SourceId>('src', 'luat-mttq-2015'),
    title: 'Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 và điều lệ các tổ chức chính trị - xã hội',
    citation: 'Luật số 75/2015/QH13; Điều lệ Hội Nông dân, Hội LHPN, Đoàn TNCS Hồ Chí Minh, Hội CCB, Công đoàn Việt Nam',
    note: 'Tổ chức có ở mọi đơn vị cấp huyện, cấp xã theo luật và điều lệ; sự tồn tại được suy ra, không trích dẫn riêng từng tổ chức.',
  },
  reform2025: {
    kind: 'document',
    id: stableId<SourceId>('src', 'sap-xep-2025'),
    title: 'Sắp xếp đơn vị hành chính và tổ chức bộ máy từ 1-7-2025',
    citation: 'Nghị quyết 202/2025/QH15; Nghị quyết 203/2025/QH15; Luật 72/2025/QH15; Luật 97/2025/QH15 sửa đổi Luật MTTQ Việt Nam',
    note: 'Tổ chức của tỉnh và xã mới có từ 2025-07-01 theo các văn bản này; sự tồn tại được suy ra, không trích dẫn riêng từng tổ chức.',
  },
  frontReform2025: {
    kind: 'document',
    id: stableId<SourceId>('src', 'to-chuc-ct-xh-truc-thuoc-mat-tran-2025'),
    title: 'Các tổ chức chính trị - xã hội trực thuộc Mặt trận Tổ quốc Việt Nam từ 1-7-2025',
    citation:
      'Nghị quyết 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp (Điều 9); Luật 97/2025/QH15 sửa đổi, bổ sung ' +
      'Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và các luật liên quan',
    note:
      'Từ 2025-07-01 Hội Nông dân, Hội LHPN, Đoàn TNCS Hồ Chí Minh, Hội CCB và Công đoàn trực thuộc Mặt trận; bộ dữ liệu mẫu ghi ' +
      'quan hệ này là tổ chức cha (Ủy ban MTTQ cùng cấp). Trước ngày đó các tổ chức là thành viên, không trực thuộc.',
  },
  partyBoardsMerger2025: {
    kind: 'document',
    id: stableId<SourceId>('src', 'hop-nhat-ban-tuyen-giao-dan-van-2025'),
    title: 'Hợp nhất Ban Tuyên giáo và Ban Dân vận cấp ủy (2025)',
    citation:
      'Chủ trương của Trung ương năm 2025 về sắp xếp tổ chức bộ máy: hợp nhất Ban Tuyên giáo và Ban Dân vận thành Ban Tuyên giáo và Dân vận',
    note:
      'Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang được ghi có từ 2025-07-01 (tỉnh mới); ngày thành lập thật của ban sớm hơn, ' +
      'trong năm 2025. Ban Dân vận Huyện ủy Chiêm Hóa kết thúc cùng cấp huyện (hết ngày 2025-06-30).',
  },
  practice: {
    kind: 'synthetic',
    id: stableId<SourceId>('src', 'minh-hoa-thuc-tien-bai-bao'),
    title: 'Các lần giao nhiệm vụ minh họa theo thực tiễn bài báo nêu',
    note:
      'Bài báo mô tả thực tiễn (hằng năm giao nhiệm vụ cụ thể, giao việc đột phá, giao ban hằng quý, đăng ký đột phá…) chứ không nêu từng lần giao. ' +
      'Các lần giao, ngày giao, hạn và trạng thái ở đây là minh họa của bộ dữ liệu mẫu.',
  },
  synthetic: {
    kind: 'synthetic',
    id: stableId<SourceId>('src', 'minh-hoa'),
    title: 'Dữ liệu minh họa (tổng hợp)',
    note: 'Khu dân cư và chi hội, chi đoàn, Ban Công tác Mặt trận ở đó là dữ liệu minh họa do dự án tạo ra, không phải dữ liệu thật.',
  },
} as const satisfies Record<string, SourceInput & { id: SourceId }>;
