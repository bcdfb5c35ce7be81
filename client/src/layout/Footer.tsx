export function Footer() {
  return (
    <footer class="footer">
      <div class="container footer__inner">
        <span>© {new Date().getFullYear()} АО «Газпром энергосбыт Тюмень»</span>
        <span>Личный кабинет клиента</span>
      </div>
    </footer>
  );
}
